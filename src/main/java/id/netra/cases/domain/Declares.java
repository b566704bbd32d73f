// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.identity.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a user action on its request record, once: which {@link CaseAction} it is, who performs it, from which
 * states to which. The record's components are its fields (validated by their annotations, rendered as the form on
 * the case page, typed in the OpenAPI document) and its {@code applyTo} is its behaviour. Everything else (the
 * lifecycle table, the role policy, the API binding, the allowed-actions list, the page's forms) reads
 * {@link ActionDeclarations}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Declares {

    CaseAction value();

    /** The roles that perform it; at least one (a declaration without a role is refused at start-up). */
    Role[] by();

    /** The states it starts from. */
    CaseState[] from() default {};

    /** Every state but the legacy ones (correcting how a person is counted is open on closed cases too). */
    boolean fromEveryState() default false;

    /** The states it may lead to; empty when the case keeps its state (a block, a correction). */
    CaseState[] to() default {};

    /**
     * Terminal or escalating: the form asks the officer to confirm, naming the person and the consequence (the
     * {@code case.confirm.<action>} message).
     */
    boolean confirm() default false;
}
