// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import id.netra.identity.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (cases) may read of a report and do with it. Nothing here carries the reporter's identity,
 * which never leaves the intake module; evidence bytes are served by intake itself, audited, at
 * {@code /intake/reports/{reportId}/evidence/{evidenceId}}.
 */
public interface IntakeReports {

    Optional<ReportSummary> find(UUID reportId);

    /**
     * The reports written from another system's records (an import, or Netra's own demo data under
     * {@code NETRA_DEMO}), in the order of that system's ids, each as {@link ReportReceived} announced it. Lets a
     * client pick up such reports again without keeping its own list.
     */
    List<SourcedReport> fromSource(String sourceSystem);

    List<EvidenceSummary> evidence(UUID reportId);

    /**
     * Reports flagged as possible duplicates of or related to this one, with the reasons, as {@code viewer} may see
     * them: a report outside the viewer's scope comes without its id ({@link RelatedReport#outsideScope()}).
     */
    List<RelatedReport> related(UUID reportId, CurrentUser viewer);

    /**
     * Moves the status the reporter sees (forward only); e.g. the cases module reports a forwarding or a decision.
     *
     * @param actor username or {@code system}, recorded in the audit trail
     */
    void changeStatus(UUID reportId, ReportStatus status, String actor);

    /**
     * Records how the report's handling ended, for the reporter's status page. Idempotent; a later outcome (e.g. a
     * sanction annulled on appeal) replaces an earlier one. A merged report shows its main report's outcome.
     */
    void recordOutcome(UUID reportId, ReportOutcome outcome, String actor);

    /** A message the reporter reads through the receipt. */
    void postPublicMessage(UUID reportId, String author, String text);

    /**
     * Asks the reporter, through the receipt, for more information: the report shows {@link ReportStatus#NEEDS_INFO}
     * (when its status allows) and the question. Nothing happens while a question is already open.
     *
     * @param question shown to the reporter as written; it must not name officials or carry internal notes
     */
    void askReporter(UUID reportId, String question, String actor);

    /** The information is complete: closes the open question, and {@code NEEDS_INFO} goes back to {@code IN_REVIEW}. */
    void closeQuestion(UUID reportId, String actor);

    /** The question open for the report, with what the reporter has sent since it was asked. */
    Optional<OpenQuestion> openQuestion(UUID reportId);

    /**
     * @param answeredAt when the reporter first replied (message or evidence), or {@code null}
     * @param replies the reporter's messages since the question was asked, oldest first
     * @param evidenceAdded evidence files the reporter added since the question was asked
     */
    record OpenQuestion(String question, Instant askedAt, Instant answeredAt, List<String> replies,
            int evidenceAdded) {

        public boolean answered() {
            return answeredAt != null;
        }
    }

    /**
     * @param mergedInto the main report when this one was merged, else {@code null}
     * @param reporterMode {@code ANONYMOUS}, {@code CONFIDENTIAL} or {@code OPEN}: how the reporter chose to report,
     *     never who they are
     */
    record ReportSummary(UUID id, String channel, String electionCode, String regionCode, String violationCode,
            LocalDate occurredOn, String place, String description, ReportStatus status, UUID mergedInto,
            Instant receivedAt, String reporterMode) {
    }

    /**
     * @param externalId the source system's id of the record the report was written from
     */
    record SourcedReport(String externalId, ReportReceived report) {
    }

    /**
     * An evidence file in custody, with the hash of the file as sent and of the cleaned copy kept.
     *
     * @param previewable an image a page may show as a preview (JPEG, PNG, WebP, GIF), which intake serves at
     *     {@code /intake/reports/{reportId}/evidence/{evidenceId}/preview} with the download's checks and audit
     */
    record EvidenceSummary(UUID id, String name, String mediaType, long sizeBytes, String sha256Original,
            String sha256Stored, boolean metadataStripped, Instant addedAt, boolean previewable) {
    }

    /**
     * @param reasons {@code SAME_NIP}, {@code SAME_PERSON}, {@code SAME_EVIDENCE}, {@code SIMILAR_TEXT}
     * @param status {@code OPEN}, {@code LINKED}, {@code MERGED} or {@code DISMISSED}
     */
    record RelatedReport(UUID reportId, List<String> reasons, String status) {

        public boolean outsideScope() {
            return reportId == null;
        }
    }
}
