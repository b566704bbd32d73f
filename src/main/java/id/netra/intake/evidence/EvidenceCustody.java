// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import id.netra.intake.message.Message;
import id.netra.shared.PolicyRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps evidence: inspects every file of a request first, and only when all of them pass stores the bytes and the
 * custody records in one transaction. A refused file refuses the whole request, so nothing is kept half-way.
 */
@Service
public class EvidenceCustody {

    private static final String REPORTER = Message.REPORTER_AUTHOR;

    /** More files than this in one request are refused; the reporter can add more later with the receipt. */
    public static final int MAX_FILES_PER_REQUEST = 10;

    private final EvidenceInspector inspector;
    private final EvidenceStore store;
    private final EvidenceRecords records;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EvidenceCustody(EvidenceInspector inspector, EvidenceStore store, EvidenceRecords records,
            TransactionTemplate transaction, Clock clock) {
        this.inspector = inspector;
        this.store = store;
        this.records = records;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Inspects all files; on any refusal the temporary files of the others are removed before rethrowing. */
    public List<InspectedEvidence> inspectAll(List<NamedUpload> uploads) {
        if (uploads.size() > MAX_FILES_PER_REQUEST) {
            throw EvidenceInspector.refused(PolicyRejectedException.Kind.RULE, "intake.evidence.too-many",
                    MAX_FILES_PER_REQUEST);
        }
        List<InspectedEvidence> inspected = new ArrayList<>();
        try {
            for (NamedUpload upload : uploads) {
                try (InputStream in = upload.source().getInputStream()) {
                    inspected.add(inspector.inspect(in, upload.name()));
                }
            }
            return inspected;
        } catch (IOException e) {
            inspected.forEach(InspectedEvidence::close);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            inspected.forEach(InspectedEvidence::close);
            throw e;
        }
    }

    /**
     * Stores inspected files for a report inside the caller's transaction. A reporter's files are kept under neutral
     * names ({@code bukti-1.jpg}, ...): the name a phone or a person gave a file ("Screenshot_..._com.whatsapp",
     * "foto dari HP Rina") can point at the reporter, and handlers need only the content and its hashes.
     */
    public List<EvidenceRecord> keep(UUID reportId, List<InspectedEvidence> inspected, String uploadedBy) {
        return keep(reportId, inspected, uploadedBy, Instant.now(clock));
    }

    /** As {@link #keep(UUID, List, String)}, added at a given time (the back-dated demo reports). */
    public List<EvidenceRecord> keep(UUID reportId, List<InspectedEvidence> inspected, String uploadedBy,
            Instant addedAt) {
        List<EvidenceRecord> kept = new ArrayList<>();
        boolean fromReporter = REPORTER.equals(uploadedBy);
        int number = fromReporter ? records.ofReport(reportId).size() : 0;
        for (InspectedEvidence evidence : inspected) {
            try {
                String key = store.put(evidence.file(), evidence.sha256Stored());
                String name = fromReporter
                        ? "bukti-" + (++number) + "." + EvidenceTypes.extension(evidence.mediaType())
                        : evidence.displayName();
                EvidenceRecord record = new EvidenceRecord(UUID.randomUUID(), reportId, name,
                        evidence.mediaType(), evidence.sizeBytes(), evidence.sha256Original(),
                        evidence.sha256Stored(), evidence.metadataStripped(), key, uploadedBy, addedAt);
                records.insert(record);
                kept.add(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kept;
    }

    /** Inspects then keeps, in a transaction of its own. */
    public List<EvidenceRecord> add(UUID reportId, List<NamedUpload> uploads, String uploadedBy) {
        List<InspectedEvidence> inspected = inspectAll(uploads);
        try {
            return transaction.execute(status -> keep(reportId, inspected, uploadedBy));
        } finally {
            inspected.forEach(InspectedEvidence::close);
        }
    }

    /** The stored bytes; callers audit who opened them. */
    public InputStream open(EvidenceRecord record) throws IOException {
        return store.open(record.storageKey());
    }

    /** An uploaded file with the name its uploader gave it. */
    public record NamedUpload(String name, InputStreamSource source) {
    }
}
