// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import static id.netra.cases.importing.CaseImportColumns.*;

import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.OutcomeReason;
import id.netra.cases.domain.PersonEmployment;
import id.netra.reference.Agency;
import id.netra.reference.PositionClass;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationForm;
import id.netra.shared.Decision;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one row of a historical case import against the reference data and the case workflow, gathering every
 * problem of the row at once ({@link Decision#all}) with the column at fault as the reason's field. A row that passes
 * becomes an {@link ImportedCase}.
 */
final class CaseRowRules {

    /** Nothing earlier can be a neutrality case under the current catalogues (UU 5/2014 took effect in 2014). */
    static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);
    static final int MAX_EXTERNAL_ID = 100;
    static final int MAX_TEXT = 300;

    /** The states an imported case may end in: every step to them is dated by a column of the row. */
    static final Set<CaseState> IMPORTABLE = EnumSet.of(CaseState.RECEIVED, CaseState.FORWARDED,
            CaseState.UNDER_VERIFICATION, CaseState.RECOMMENDED, CaseState.SANCTIONED, CaseState.STOPPED,
            CaseState.NOT_REGISTERED, CaseState.NOT_A_VIOLATION, CaseState.NOT_ASN, CaseState.NOT_PROVEN,
            CaseState.CANCELLED, CaseState.REJECTED);

    private static final Set<CaseState> AFTER_RECOMMENDATION = EnumSet.of(CaseState.RECOMMENDED, CaseState.SANCTIONED);
    private static final Set<CaseState> CLOSED_WITHOUT_SANCTION = EnumSet.of(CaseState.STOPPED,
            CaseState.NOT_REGISTERED, CaseState.NOT_A_VIOLATION, CaseState.NOT_ASN, CaseState.NOT_PROVEN,
            CaseState.CANCELLED, CaseState.REJECTED);
    private static final Map<String, SanctionLevel> LEVEL_WORDS = Map.of("MORAL", SanctionLevel.MORAL, "RINGAN",
            SanctionLevel.LIGHT, "SEDANG", SanctionLevel.MEDIUM, "BERAT", SanctionLevel.HEAVY, "PTDH",
            SanctionLevel.DISMISSAL);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern NIP = Pattern.compile("\\d{18}");

    private final ReferenceSnapshot reference;
    private final LocalDate today;

    CaseRowRules(ReferenceSnapshot reference, LocalDate today) {
        this.reference = reference;
        this.today = today;
    }

    /** The row's decision; when allowed, {@code parsed} holds the checked case. */
    record CheckedRow(Decision decision, ImportedCase parsed) {
    }

    CheckedRow check(ImportRow row) {
        List<Decision> checks = new ArrayList<>();
        String externalId = row.get(EXTERNAL_ID);
        checks.add(required(row, EXTERNAL_ID).and(() -> maxLength(EXTERNAL_ID, externalId, MAX_EXTERNAL_ID)));
        for (String column : List.of(AGENCY_NAME, PERSON_NAME, DECREE_NUMBER)) {
            checks.add(maxLength(column, row.get(column), MAX_TEXT));
        }
        checks.add(plainText(row));

        String election = upper(row.get(ELECTION_CODE));
        checks.add(required(row, ELECTION_CODE).and(() -> knownElection(election)));
        String region = row.get(REGION_CODE);
        checks.add(required(row, REGION_CODE).and(() -> knownRegion(region)));

        Optional<Agency> agency = agency(row);
        checks.add(agencyGiven(row, agency));
        String position = upper(row.get(POSITION_CLASS));
        checks.add(oneOf(POSITION_CLASS, position, PositionClass.class));
        String employment = upper(row.get(EMPLOYMENT_TYPE));
        checks.add(oneOf(EMPLOYMENT_TYPE, employment, PersonEmployment.class));
        checks.add(yesNo(AREA_HEAD, row.get(AREA_HEAD)));
        checks.add(yesNo(ACTING_REGIONAL_HEAD, row.get(ACTING_REGIONAL_HEAD)));
        String nip = row.get(PERSON_NIP) == null ? null : row.get(PERSON_NIP).replaceAll("[\\s.]", "");
        checks.add(nip == null || NIP.matcher(nip).matches() ? Decision.allow()
                : Decision.rejectField(PERSON_NIP, "case.import.nip-invalid"));

        String violation = upper(row.get(VIOLATION_CODE));
        Optional<ViolationForm> form = violation == null ? Optional.empty() : reference.violation(violation);
        checks.add(violation == null || form.isPresent() ? Decision.allow()
                : Decision.rejectField(VIOLATION_CODE, "case.import.violation-unknown", violation));
        String category = upper(row.get(CATEGORY_CODE));
        checks.add(category(category, violation, form.isPresent()));

        String stateText = upper(row.get(STATE));
        CaseState state = parseEnum(CaseState.class, stateText);
        checks.add(required(row, STATE).and(() -> importableState(stateText, state)));

        Dates dates = new Dates(row);
        checks.addAll(dates.problems);
        if (dates.allReadable()) {
            checks.add(dates.inOrder());
        }

        String outcomeText = upper(row.get(OUTCOME_REASON));
        OutcomeReason outcome = parseEnum(OutcomeReason.class, outcomeText);
        checks.add(outcomeFits(outcomeText, outcome, state));

        String recommendedText = row.get(RECOMMENDED_SANCTION);
        Optional<SanctionLevel> recommendedLevel = recommendedLevel(recommendedText);
        checks.add(recommendedText == null || recommendedLevel.isPresent() ? Decision.allow()
                : Decision.rejectField(RECOMMENDED_SANCTION, "case.import.sanction-unknown", recommendedText));
        String decidedText = upper(row.get(DECIDED_SANCTION));
        Optional<Sanction> decided = decidedText == null ? Optional.empty() : reference.sanction(decidedText);
        checks.add(decidedText == null || decided.isPresent() ? Decision.allow()
                : Decision.rejectField(DECIDED_SANCTION, "case.import.sanction-unknown", decidedText));
        PersonEmployment employed = parseEnum(PersonEmployment.class, employment);
        checks.add(decided.map(s -> sanctionFits(s, employed)).orElse(Decision.allow()));

        if (state != null && IMPORTABLE.contains(state)) {
            checks.add(whatTheStateNeeds(row, state, agency, form, recommendedLevel, decided, dates));
        }

        Decision decision = Decision.all(checks);
        if (decision.rejected()) {
            return new CheckedRow(decision, null);
        }
        SanctionLevel level = recommendedLevel.orElseGet(() -> form.map(ViolationForm::mappedLevel).orElse(null));
        String agencyName = agency.map(Agency::name).orElse(row.get(AGENCY_NAME));
        return new CheckedRow(decision, new ImportedCase(row.number(), externalId, election, dates.reported,
                dates.occurred != null ? dates.occurred : dates.reported, dates.forwarded, region,
                agency.map(Agency::code).orElse(null), agencyName, row.get(PERSON_NAME), nip, position,
                yes(row.get(AREA_HEAD)), yes(row.get(ACTING_REGIONAL_HEAD)), employed, violation, category, state,
                outcome, AFTER_RECOMMENDATION.contains(state) ? dates.recommended : null, level,
                state == CaseState.SANCTIONED ? dates.decided : null, decided.orElse(null), row.get(DECREE_NUMBER),
                CLOSED_WITHOUT_SANCTION.contains(state) ? dates.closing() : null));
    }

    // --- the rules, one small function each --------------------------------------------------------------------

    static Decision required(ImportRow row, String column) {
        return row.get(column) != null ? Decision.allow() : Decision.rejectField(column, "case.import.required");
    }

    static Decision maxLength(String column, String value, int max) {
        return value == null || value.length() <= max ? Decision.allow()
                : Decision.rejectField(column, "case.import.too-long", max);
    }

    static Decision plainText(ImportRow row) {
        for (var entry : row.values().entrySet()) {
            if (entry.getValue() != null && CONTROL.matcher(entry.getValue()).find()) {
                return Decision.rejectField(entry.getKey(), "case.import.control-characters");
            }
        }
        return Decision.allow();
    }

    private Decision knownElection(String code) {
        return reference.election(code) ? Decision.allow()
                : Decision.rejectField(ELECTION_CODE, "case.import.election-unknown", code);
    }

    private Decision knownRegion(String code) {
        return reference.region(code).isPresent() ? Decision.allow()
                : Decision.rejectField(REGION_CODE, "case.import.region-unknown", code);
    }

    private Optional<Agency> agency(ImportRow row) {
        String code = upper(row.get(AGENCY_CODE));
        if (code != null) {
            return reference.agency(code);
        }
        String name = row.get(AGENCY_NAME);
        return name == null ? Optional.empty() : reference.agencyNamed(name);
    }

    private static Decision agencyGiven(ImportRow row, Optional<Agency> agency) {
        if (row.get(AGENCY_CODE) != null && agency.isEmpty()) {
            return Decision.rejectField(AGENCY_CODE, "case.import.agency-unknown", row.get(AGENCY_CODE));
        }
        return row.get(AGENCY_CODE) != null || row.get(AGENCY_NAME) != null ? Decision.allow()
                : Decision.rejectField(AGENCY_CODE, "case.import.agency-required");
    }

    static <E extends Enum<E>> Decision oneOf(String column, String value, Class<E> type) {
        return value == null || parseEnum(type, value) != null ? Decision.allow()
                : Decision.rejectField(column, "case.import.code-unknown", value);
    }

    static Decision yesNo(String column, String value) {
        return value == null || yesNoValue(value) != null ? Decision.allow()
                : Decision.rejectField(column, "case.import.yes-no", value);
    }

    private Decision category(String category, String violation, boolean formKnown) {
        if (category == null) {
            return Decision.allow();
        }
        if (reference.category(category).isEmpty()) {
            return Decision.rejectField(CATEGORY_CODE, "case.import.category-unknown", category);
        }
        boolean allowed = !formKnown || reference.categoriesOf(violation).stream()
                .anyMatch(counted -> counted.code().equals(category));
        return allowed ? Decision.allow()
                : Decision.rejectField(CATEGORY_CODE, "case.import.category-not-allowed", category, violation);
    }

    private static Decision importableState(String text, CaseState state) {
        return state != null && IMPORTABLE.contains(state) ? Decision.allow()
                : Decision.rejectField(STATE, "case.import.state-not-importable", text);
    }

    private static Decision outcomeFits(String text, OutcomeReason outcome, CaseState state) {
        if (text == null) {
            return Decision.allow();
        }
        if (outcome == null) {
            return Decision.rejectField(OUTCOME_REASON, "case.import.code-unknown", text);
        }
        CaseAction action = closingAction(state);
        return action != null && outcome.appliesTo(action) ? Decision.allow()
                : Decision.rejectField(OUTCOME_REASON, "case.import.outcome-not-for-state", text, state);
    }

    /** The action whose coded reason the row's {@code outcome_reason} is; {@code null} for states without one. */
    static CaseAction closingAction(CaseState state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case STOPPED -> CaseAction.STOP;
            case REJECTED -> CaseAction.REJECT;
            case CANCELLED -> CaseAction.CANCEL;
            default -> null;
        };
    }

    private Optional<SanctionLevel> recommendedLevel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = upper(text);
        SanctionLevel level = parseEnum(SanctionLevel.class, upper);
        if (level != null) {
            return Optional.of(level);
        }
        if (LEVEL_WORDS.containsKey(upper)) {
            return Optional.of(LEVEL_WORDS.get(upper));
        }
        return reference.sanction(upper).map(Sanction::level);
    }

    private static Decision sanctionFits(Sanction sanction, PersonEmployment employment) {
        return employment == null || sanction.appliesTo(employment.asReference()) ? Decision.allow()
                : Decision.rejectField(DECIDED_SANCTION, "case.import.sanction-wrong-employment", sanction.code(),
                        employment);
    }

    private static Decision whatTheStateNeeds(ImportRow row, CaseState state, Optional<Agency> agency,
            Optional<ViolationForm> form, Optional<SanctionLevel> recommendedLevel, Optional<Sanction> decided,
            Dates dates) {
        List<Decision> needs = new ArrayList<>();
        if (AFTER_RECOMMENDATION.contains(state)) {
            needs.add(needed(dates.recommended != null, RECOMMENDED_ON, state));
            needs.add(needed(agency.isPresent(), AGENCY_CODE, state));
            needs.add(needed(form.isPresent() || row.get(VIOLATION_CODE) != null, VIOLATION_CODE, state));
            boolean levelKnown = recommendedLevel.isPresent()
                    || form.map(ViolationForm::mappedLevel).isPresent() || row.get(VIOLATION_CODE) != null;
            needs.add(needed(levelKnown, RECOMMENDED_SANCTION, state));
        } else {
            needs.add(notFor(row, RECOMMENDED_ON, state));
            needs.add(notFor(row, RECOMMENDED_SANCTION, state));
        }
        if (state == CaseState.SANCTIONED) {
            needs.add(needed(dates.decided != null, DECIDED_ON, state));
            needs.add(needed(decided.isPresent() || row.get(DECIDED_SANCTION) != null, DECIDED_SANCTION, state));
            needs.add(needed(row.get(DECREE_NUMBER) != null, DECREE_NUMBER, state));
        } else {
            needs.add(notFor(row, DECIDED_SANCTION, state));
            needs.add(notFor(row, DECREE_NUMBER, state));
            if (!CLOSED_WITHOUT_SANCTION.contains(state)) {
                needs.add(notFor(row, DECIDED_ON, state));
            }
        }
        if (state == CaseState.RECEIVED || CLOSED_BEFORE_FORWARDING.contains(state)) {
            needs.add(notFor(row, FORWARDED_ON, state));
        }
        return Decision.all(needs);
    }

    private static final Set<CaseState> CLOSED_BEFORE_FORWARDING = EnumSet.of(CaseState.STOPPED,
            CaseState.NOT_REGISTERED, CaseState.NOT_A_VIOLATION, CaseState.CANCELLED);

    private static Decision needed(boolean present, String column, CaseState state) {
        return present ? Decision.allow() : Decision.rejectField(column, "case.import.required-for-state", state);
    }

    private static Decision notFor(ImportRow row, String column, CaseState state) {
        return row.get(column) == null ? Decision.allow()
                : Decision.rejectField(column, "case.import.not-for-state", state);
    }

    /** The row's dates, each readable, not in the future, not before 2014, and each step after the one before. */
    private final class Dates {

        final List<Decision> problems = new ArrayList<>();
        final LocalDate reported;
        final LocalDate occurred;
        final LocalDate forwarded;
        final LocalDate recommended;
        final LocalDate decided;
        private boolean readable = true;

        Dates(ImportRow row) {
            reported = date(row, REPORTED_ON);
            occurred = date(row, OCCURRED_ON);
            forwarded = date(row, FORWARDED_ON);
            recommended = date(row, RECOMMENDED_ON);
            decided = date(row, DECIDED_ON);
            if (row.get(REPORTED_ON) == null) {
                problems.add(Decision.rejectField(REPORTED_ON, "case.import.required"));
                readable = false;
            }
        }

        private LocalDate date(ImportRow row, String column) {
            String text = row.get(column);
            if (text == null) {
                return null;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                problems.add(Decision.rejectField(column, "case.import.date-unreadable", text));
                readable = false;
                return null;
            }
            if (day.isAfter(today)) {
                problems.add(Decision.rejectField(column, "case.import.date-in-future", day));
                readable = false;
            } else if (day.isBefore(EARLIEST)) {
                problems.add(Decision.rejectField(column, "case.import.date-too-early", day, EARLIEST));
                readable = false;
            }
            return day;
        }

        boolean allReadable() {
            return readable;
        }

        /** The incident before the report, the report before forwarding, forwarding before the recommendation... */
        Decision inOrder() {
            String beforeRecommendation = forwarded != null ? FORWARDED_ON : REPORTED_ON;
            String beforeDecision = recommended != null ? RECOMMENDED_ON : beforeRecommendation;
            return Decision.all(notBefore(REPORTED_ON, reported, OCCURRED_ON, occurred),
                    notBefore(FORWARDED_ON, forwarded, REPORTED_ON, reported),
                    notBefore(RECOMMENDED_ON, recommended, beforeRecommendation,
                            forwarded != null ? forwarded : reported),
                    notBefore(DECIDED_ON, decided, beforeDecision,
                            recommended != null ? recommended : forwarded != null ? forwarded : reported));
        }

        private static Decision notBefore(String column, LocalDate day, String earlierColumn, LocalDate earlier) {
            return day == null || earlier == null || !day.isBefore(earlier) ? Decision.allow()
                    : Decision.rejectField(column, "case.import.date-before", day, earlierColumn, earlier);
        }

        /** A closing step without a sanction happened on {@code decided_on}, else on the last date the row gives. */
        LocalDate closing() {
            return decided != null ? decided : forwarded != null ? forwarded : reported;
        }
    }

    // --- parsing -------------------------------------------------------------------------------------------------

    static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Boolean yesNoValue(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ya", "y", "yes", "1" -> Boolean.TRUE;
            case "false", "tidak", "t", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Boolean yes(String value) {
        return value == null ? null : yesNoValue(value);
    }
}
