// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.published;

import id.netra.shared.AuditEvent;
import id.netra.reference.PublishedFigureDraft;
import id.netra.reference.PublishedFigures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add, correct and retire published figures; the reference module validates and keeps the history,
 * and each change is written to the audit trail in the same transaction (so a refused change leaves no audit entry
 * and an audited change is never lost).
 */
@Service
public class PublishedFigureAdministration {

    private final PublishedFigures figures;
    private final ApplicationEventPublisher audit;

    PublishedFigureAdministration(PublishedFigures figures, ApplicationEventPublisher audit) {
        this.figures = figures;
        this.audit = audit;
    }

    @Transactional
    public long add(PublishedFigureDraft draft, String actor) {
        long id = figures.add(draft, actor);
        audit.publishEvent(new AuditEvent("published-figure.added", "published-figure", Long.toString(id), actor,
                describe(draft)));
        return id;
    }

    @Transactional
    public int correct(long id, PublishedFigureDraft draft, String reason, String actor) {
        int version = figures.correct(id, draft, reason, actor);
        audit.publishEvent(new AuditEvent("published-figure.corrected", "published-figure", Long.toString(id), actor,
                "version=" + version + " reason=" + reason.trim() + " " + describe(draft)));
        return version;
    }

    @Transactional
    public void retire(long id, String reason, String actor) {
        figures.retire(id, reason, actor);
        audit.publishEvent(new AuditEvent("published-figure.retired", "published-figure", Long.toString(id), actor,
                "reason=" + reason.trim()));
    }

    private static String describe(PublishedFigureDraft d) {
        return d.publisher() + " " + d.measureCode() + (d.category() == null ? "" : "/" + d.category()) + " "
                + d.electionCode() + " = " + d.value() + " " + d.unit() + " (" + d.asOf() + ", " + d.sourceUrl() + ")";
    }
}
