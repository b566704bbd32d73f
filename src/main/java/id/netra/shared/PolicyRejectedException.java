// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy's {@link Decision.Rejected rejection} on its way to the client: problem+json with every reason under
 * {@code errors} ({@code shared.web.ProblemResponses}), or form errors on a page ({@code shared.web.DecisionBinding}).
 * This is the only exception Netra throws to say no; {@code SingleRejectionTypeTests} keeps it so.
 *
 * <p>The {@link Kind} says what was refused, and so the status: a rule (422), the request's shape (400), an upload
 * too large (413) or of a refused type (415). The problem's detail is the first reason, or {@link #summaryKey()} when
 * the reasons are a list the client should read as a whole ("see the list of errors").
 */
public class PolicyRejectedException extends RuntimeException {

    /** What the rejection refused. */
    public enum Kind {
        /** Well-formed, but a rule said no. */
        RULE(422),
        /** The request's shape is broken (a required part missing, a constraint broken). */
        MALFORMED(400),
        /** An upload is larger than a rule allows. */
        TOO_LARGE(413),
        /** An upload is of a type that is not accepted. */
        UNSUPPORTED_TYPE(415);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status the API and the pages answer. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final transient Decision.Rejected rejection;
    private final String summaryKey;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public PolicyRejectedException(Decision.Rejected rejection) {
        this(Kind.RULE, rejection, null);
    }

    /** @param summaryKey the message shown above the reasons; null to show the first reason */
    public PolicyRejectedException(Decision.Rejected rejection, String summaryKey) {
        this(Kind.RULE, rejection, summaryKey);
    }

    public PolicyRejectedException(Kind kind, Decision.Rejected rejection, String summaryKey) {
        super(summaryKey != null ? summaryKey : rejection.first().messageKey());
        this.kind = kind;
        this.rejection = rejection;
        this.summaryKey = summaryKey;
    }

    /** A rejection for one reason about the whole request, for code that parses rather than decides. */
    public static PolicyRejectedException because(String messageKey, Object... args) {
        return because(Kind.RULE, messageKey, args);
    }

    public static PolicyRejectedException because(Kind kind, String messageKey, Object... args) {
        return new PolicyRejectedException(kind, new Decision.Rejected(List.of(Decision.Reason.of(messageKey, args))),
                null);
    }

    /** The request's shape is broken (400), summarised as {@code summaryKey}. */
    public static PolicyRejectedException malformed(Decision.Rejected rejection, String summaryKey) {
        return new PolicyRejectedException(Kind.MALFORMED, rejection, summaryKey);
    }

    /** Adds a machine-readable property to the API's problem (such as the detected type of a refused upload). */
    public PolicyRejectedException withProperty(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public boolean malformed() {
        return kind == Kind.MALFORMED;
    }

    public Decision.Rejected rejection() {
        return rejection;
    }

    public List<Decision.Reason> reasons() {
        return rejection.reasons();
    }

    /** The key of the summary shown above the reasons, or null when the first reason is the summary. */
    public String summaryKey() {
        return summaryKey;
    }

    /** The message key that sums the rejection up: the summary, or else the first reason's. */
    public String messageKey() {
        return summaryKey != null ? summaryKey : rejection.first().messageKey();
    }

    /** The arguments of {@link #messageKey()}. */
    public Object[] args() {
        return summaryKey != null ? new Object[0] : rejection.first().argArray();
    }

    /** Properties the API's problem carries beside detail, code and errors. */
    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
