// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.published;

import id.netra.reference.ElectionDirectory;
import id.netra.reference.PublishedFigure;
import id.netra.reference.PublishedFigureDraft;
import id.netra.shared.Decision;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a published figure must carry before Netra keeps it: a known publisher, a measure, labels in both languages,
 * a value that fits its unit, the source with a web address and the date it was published (not in the future). Every
 * rule is a small function; {@link #check} gathers all their reasons so a form shows them at once.
 */
@Component
class PublishedFigurePolicy {

    private static final Pattern MEASURE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Clock clock;
    private final ElectionDirectory elections;

    PublishedFigurePolicy(Clock clock, ElectionDirectory elections) {
        this.clock = clock;
        this.elections = elections;
    }

    Decision check(PublishedFigureDraft d) {
        return Decision.all(publisherKnown(d.publisher()), measureNamed(d.measureCode()),
                present("label", d.label()), present("labelEn", d.labelEn()), electionKnown(d.electionCode()),
                valueFitsUnit(d.value(), d.unit()), present("sourceTitle", d.sourceTitle()),
                sourceIsWebAddress(d.sourceUrl()), publishedNotInFuture(d.asOf(), LocalDate.now(clock)));
    }

    static Decision reasonGiven(String reason) {
        return present("reason", reason);
    }

    static Decision publisherKnown(String publisher) {
        return PublishedFigureDraft.PUBLISHERS.contains(publisher) ? Decision.allow()
                : Decision.rejectField("publisher", "reference.figure.publisher.unknown",
                        String.join(", ", PublishedFigureDraft.PUBLISHERS));
    }

    static Decision measureNamed(String measure) {
        return measure != null && MEASURE.matcher(measure).matches() ? Decision.allow()
                : Decision.rejectField("measureCode", "reference.figure.measure.invalid");
    }

    Decision electionKnown(String code) {
        return code == null || code.isBlank() || elections.find(code).isPresent() ? Decision.allow()
                : Decision.rejectField("electionCode", "reference.figure.election.unknown", code);
    }

    static Decision valueFitsUnit(BigDecimal value, PublishedFigure.Unit unit) {
        if (unit == null) {
            return Decision.rejectField("unit", "reference.figure.unit.required");
        }
        if (value == null) {
            return Decision.rejectField("value", "reference.figure.value.required");
        }
        if (value.signum() < 0 && unit != PublishedFigure.Unit.PERCENTAGE_POINTS) {
            return Decision.rejectField("value", "reference.figure.value.negative");
        }
        if (unit == PublishedFigure.Unit.PERCENT && value.compareTo(HUNDRED) > 0) {
            return Decision.rejectField("value", "reference.figure.value.percent");
        }
        if (unit == PublishedFigure.Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
            return Decision.rejectField("value", "reference.figure.value.whole");
        }
        return Decision.allow();
    }

    static Decision sourceIsWebAddress(String url) {
        try {
            URI uri = url == null ? null : new URI(url.trim());
            boolean web = uri != null && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
            return web ? Decision.allow() : Decision.rejectField("sourceUrl", "reference.figure.source-url.invalid");
        } catch (Exception e) {
            return Decision.rejectField("sourceUrl", "reference.figure.source-url.invalid");
        }
    }

    static Decision publishedNotInFuture(LocalDate asOf, LocalDate today) {
        if (asOf == null) {
            return Decision.rejectField("asOf", "reference.figure.as-of.required");
        }
        return asOf.isAfter(today) ? Decision.rejectField("asOf", "reference.figure.as-of.future") : Decision.allow();
    }

    private static Decision present(String field, String text) {
        return text != null && !text.isBlank() ? Decision.allow()
                : Decision.rejectField(field, "reference.figure.required");
    }
}
