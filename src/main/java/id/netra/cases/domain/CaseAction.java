// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Everything that can happen to a case. Actions with an API name are offered to users at
 * {@code POST /api/v1/cases/{id}/actions/{apiName}}; the others are done by the system (opening a case from a report,
 * the deadline sweep, the KASN→BKN handover).
 */
public enum CaseAction {
    OPEN(null),
    FORWARD("forward"),
    ASK_INFO("ask-info"),
    INFO_COMPLETE("info-complete"),
    NOT_A_VIOLATION("not-a-violation"),
    NOT_ASN("not-asn"),
    STOP("stop"),
    NOT_REGISTERED("not-registered"),
    VERIFY("verify"),
    RECOMMEND("recommend"),
    NOT_PROVEN("not-proven"),
    START_EXAMINATION("start-examination"),
    DECIDE("decide"),
    MARK_OVERDUE(null),
    REPRIMAND("reprimand"),
    /** KASN reported the PPK to the President (UU 5/2014 Pasal 33); KASN-era cases only; the state is kept. */
    REPORT_TO_PRESIDENT("report-to-president"),
    /** The sweep: the PPK let the reprimand's days pass, so BKN is due to block the data (queued, not done). */
    BLOCK_DUE(null),
    /** A BKN officer records the SIASN block with its reference; the case keeps its state. */
    BLOCK("block"),
    /** Releases before the block became a record lifted it with this action; kept to read their timelines. */
    UNBLOCK(null),
    CANCEL("cancel"),
    REJECT("reject"),
    LEFT_SERVICE("left-service"),
    APPEAL("appeal"),
    DECIDE_APPEAL("decide-appeal"),
    /** Satgas/BKN correct how the person is counted (position class, employment, area head, Pj); state kept. */
    CORRECT_PERSON("correct-person"),
    HANDOVER(null);

    private final String apiName;

    CaseAction(String apiName) {
        this.apiName = apiName;
    }

    /** The path segment in the API, or {@code null} for system-only actions. */
    public String apiName() {
        return apiName;
    }

    public boolean userAction() {
        return apiName != null;
    }

    /** Stable dotted name, used for audit events ({@code case.forward}) and message keys. */
    public String key() {
        return apiName != null ? apiName : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<CaseAction> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(a -> a.apiName != null && a.apiName.equals(apiName)).findFirst();
    }
}
