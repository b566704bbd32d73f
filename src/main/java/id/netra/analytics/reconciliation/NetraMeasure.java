// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.reconciliation;

import id.netra.analytics.StatsFunnel;
import java.util.Map;
import java.util.Optional;

/**
 * Which of Netra's own counts answers a published measure, and whether the two count the same unit. Bawaslu counts
 * alleged violations and forwarding recommendations (one may name several civil servants); Netra counts cases, one
 * per reported civil servant, so those rows are compared with the unit difference stated.
 */
enum NetraMeasure {
    REPORTED(true), FORWARDED(true), RECOMMENDED(true), SANCTIONED(true), FOLLOW_UP_RATE(true),
    REPORTED_OTHER_UNIT(false), FORWARDED_OTHER_UNIT(false), CATEGORY_SHARE(true), POSITION_SHARE(true);

    private static final Map<String, NetraMeasure> BY_PUBLISHED_MEASURE = Map.of(
            "asn-reported", REPORTED,
            "asn-handled", FORWARDED,
            "asn-proven-recommended", RECOMMENDED,
            "kasn-recommendations", RECOMMENDED,
            "asn-sanctioned", SANCTIONED,
            "ppk-follow-up-rate", FOLLOW_UP_RATE,
            "bawaslu-alleged-violations", REPORTED_OTHER_UNIT,
            "bawaslu-forwarding-recommendations", FORWARDED_OTHER_UNIT,
            "violation-category-share", CATEGORY_SHARE,
            "position-share", POSITION_SHARE);

    private final boolean sameUnit;

    NetraMeasure(boolean sameUnit) {
        this.sameUnit = sameUnit;
    }

    boolean sameUnit() {
        return sameUnit;
    }

    boolean percent() {
        return this == FOLLOW_UP_RATE || this == CATEGORY_SHARE || this == POSITION_SHARE;
    }

    static Optional<NetraMeasure> of(String publishedMeasure) {
        return Optional.ofNullable(BY_PUBLISHED_MEASURE.get(publishedMeasure));
    }

    /** The count from the funnel for the count measures; empty for shares, which need a grouped summary. */
    Optional<Long> count(StatsFunnel funnel) {
        return switch (this) {
            case REPORTED, REPORTED_OTHER_UNIT -> Optional.of(funnel.reported());
            case FORWARDED, FORWARDED_OTHER_UNIT -> Optional.of(funnel.forwarded());
            case RECOMMENDED -> Optional.of(funnel.recommended());
            case SANCTIONED -> Optional.of(funnel.sanctioned());
            default -> Optional.empty();
        };
    }
}
