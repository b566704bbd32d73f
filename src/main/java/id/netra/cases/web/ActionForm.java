// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.domain.ActionDeclarations.Declaration;
import id.netra.cases.domain.AppealKind;
import id.netra.cases.domain.AppealOutcome;
import id.netra.cases.domain.ControlAuthority;
import id.netra.cases.domain.LeftServiceKind;
import id.netra.cases.domain.OutcomeReason;
import id.netra.cases.domain.PersonEmployment;
import id.netra.reference.PositionClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form of one action on the case page, derived from its request record: one field per component (the common
 * ones, reason, documents and the effective date, are drawn by the page for every action), its kind from the
 * component's type, required from its {@code @NotNull}/{@code @NotBlank}, its length from {@code @Size}.
 *
 * @param confirm the form asks for a confirmation naming the person and the consequence
 * @param reasonRequired a reason must be given: the record demands one, or the action ends or escalates the case
 */
record ActionForm(String action, List<Field> fields, boolean reasonRequired, boolean confirm) {

    /** How a field is drawn. {@code SANCTIONS} and {@code CATEGORIES} take their options from the case. */
    enum Kind { TEXT, TEXTAREA, DATE, SELECT, SANCTIONS, CATEGORIES }

    record Option(String value, String labelKey) {
    }

    record Field(String name, Kind kind, boolean required, Integer maxLength, List<Option> options) {
    }

    /** Drawn for every action, not from the record. */
    static final Set<String> COMMON = Set.of("version", "reason", "documents", "effectiveDate");

    /** The message prefix of each choice type's labels. */
    static final Map<Class<?>, String> LABELS = Map.of(OutcomeReason.class, "case.reason.",
            ControlAuthority.class, "case.authority.", LeftServiceKind.class, "case.left.",
            AppealKind.class, "case.appeal-kind.", AppealOutcome.class, "case.appeal-outcome.",
            PersonEmployment.class, "case.employment.", PositionClass.class, "intake.position-class.",
            Boolean.class, "case.field.yes-no.");

    static ActionForm of(Declaration declaration) {
        List<Field> fields = new ArrayList<>();
        boolean reasonRequired = declaration.confirm();
        for (RecordComponent component : declaration.requestType().getRecordComponents()) {
            // constraints on a record component land on its accessor (they do not target record components)
            boolean required = component.getAccessor().isAnnotationPresent(NotNull.class)
                    || component.getAccessor().isAnnotationPresent(NotBlank.class);
            if (component.getName().equals("reason")) {
                reasonRequired |= required;
            }
            if (!COMMON.contains(component.getName())) {
                fields.add(field(declaration, component, required));
            }
        }
        return new ActionForm(declaration.apiName(), List.copyOf(fields), reasonRequired, declaration.confirm());
    }

    private static Field field(Declaration declaration, RecordComponent component, boolean required) {
        String name = component.getName();
        Class<?> type = component.getType();
        Size size = component.getAccessor().getAnnotation(Size.class);
        Integer max = size == null ? null : size.max();
        if (type == LocalDate.class) {
            return new Field(name, Kind.DATE, required, null, List.of());
        }
        if (type == Boolean.class) {
            return new Field(name, Kind.SELECT, required, null,
                    List.of(new Option("true", LABELS.get(Boolean.class) + "true"),
                            new Option("false", LABELS.get(Boolean.class) + "false")));
        }
        if (type.isEnum()) {
            List<? extends Enum<?>> constants = type == OutcomeReason.class
                    ? OutcomeReason.forAction(declaration.action())
                    : Arrays.stream(type.getEnumConstants()).map(c -> (Enum<?>) c).toList();
            String prefix = LABELS.get(type);
            if (prefix == null) {
                throw new IllegalStateException("No labels for the choices of " + type.getSimpleName());
            }
            return new Field(name, Kind.SELECT, required, null,
                    constants.stream().map(c -> new Option(c.name(), prefix + c.name())).toList());
        }
        if (name.equals("sanctionCode")) {
            return new Field(name, Kind.SANCTIONS, required, max, List.of());
        }
        if (name.equals("categoryCode")) {
            return new Field(name, Kind.CATEGORIES, required, max, List.of());
        }
        return new Field(name, max != null && max > 1000 ? Kind.TEXTAREA : Kind.TEXT, required, max, List.of());
    }
}
