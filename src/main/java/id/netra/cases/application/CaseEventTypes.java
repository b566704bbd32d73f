// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.CaseStateChanged;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseState;

/**
 * Translates the workflow's internal states and actions into the public ones that {@link CaseStateChanged} carries.
 * The constants share their names; {@code CaseEventTypesTests} walks every value both ways, so a state or action
 * added to the workflow fails the build's tests until the public enums have it too.
 */
public final class CaseEventTypes {

    private CaseEventTypes() {
    }

    public static CaseStateChanged.State publicState(CaseState state) {
        return state == null ? null : CaseStateChanged.State.valueOf(state.name());
    }

    public static CaseStateChanged.Action publicAction(CaseAction action) {
        return CaseStateChanged.Action.valueOf(action.name());
    }
}
