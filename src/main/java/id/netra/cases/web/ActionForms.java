// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.ActionRequest;
import id.netra.cases.domain.CaseAction;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds the htmx action forms of the case page to the same request records the JSON API takes, so both paths are
 * validated and performed identically. Documents are typed one per line.
 */
final class ActionForms {

    private static final Map<CaseAction, Class<? extends ActionRequest>> TYPES = new EnumMap<>(CaseAction.class);

    static {
        TYPES.put(CaseAction.FORWARD, ActionRequest.Forward.class);
        TYPES.put(CaseAction.STOP, ActionRequest.Stop.class);
        TYPES.put(CaseAction.NOT_REGISTERED, ActionRequest.NotRegistered.class);
        TYPES.put(CaseAction.VERIFY, ActionRequest.Verify.class);
        TYPES.put(CaseAction.RECOMMEND, ActionRequest.Recommend.class);
        TYPES.put(CaseAction.NOT_PROVEN, ActionRequest.NotProven.class);
        TYPES.put(CaseAction.DECIDE, ActionRequest.Decide.class);
        TYPES.put(CaseAction.REPRIMAND, ActionRequest.Reprimand.class);
        TYPES.put(CaseAction.BLOCK, ActionRequest.Block.class);
        TYPES.put(CaseAction.CANCEL, ActionRequest.Cancel.class);
        TYPES.put(CaseAction.ASK_INFO, ActionRequest.AskInfo.class);
        TYPES.put(CaseAction.INFO_COMPLETE, ActionRequest.InfoComplete.class);
        TYPES.put(CaseAction.NOT_A_VIOLATION, ActionRequest.NotAViolation.class);
        TYPES.put(CaseAction.NOT_ASN, ActionRequest.NotAsn.class);
        TYPES.put(CaseAction.START_EXAMINATION, ActionRequest.StartExamination.class);
        TYPES.put(CaseAction.CORRECT_PERSON, ActionRequest.CorrectPerson.class);
        TYPES.put(CaseAction.REPORT_TO_PRESIDENT, ActionRequest.ReportToPresident.class);
        TYPES.put(CaseAction.REJECT, ActionRequest.Reject.class);
        TYPES.put(CaseAction.LEFT_SERVICE, ActionRequest.LeftService.class);
        TYPES.put(CaseAction.APPEAL, ActionRequest.Appeal.class);
        TYPES.put(CaseAction.DECIDE_APPEAL, ActionRequest.DecideAppeal.class);
    }

    private ActionForms() {
    }

    /** @throws IllegalArgumentException when a value cannot be read (e.g. a malformed date) */
    static ActionRequest bind(CaseAction action, MultiValueMap<String, String> form, JsonMapper json) {
        Map<String, Object> values = new HashMap<>();
        form.forEach((name, given) -> {
            if (name.equals("documents")) {
                values.put(name, given.stream().flatMap(text -> Arrays.stream(text.split("\\R")))
                        .map(String::strip).filter(line -> !line.isEmpty()).toList());
            } else if (!name.startsWith("_") && !given.isEmpty() && !given.get(0).isBlank()) {
                values.put(name, given.get(0).strip());
            }
        });
        values.putIfAbsent("documents", List.of());
        try {
            return json.convertValue(values, TYPES.get(action));
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
        }
    }
}
