// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.intake.evidence.EvidenceCustody.NamedUpload;
import id.netra.intake.evidence.EvidenceRecord;
import id.netra.intake.handling.HandledReports;
import id.netra.intake.web.ratelimit.Limit;
import id.netra.intake.web.ratelimit.RateLimited;
import id.netra.intake.tracking.ReceiptEvidence;
import id.netra.intake.tracking.UnknownReceiptException;
import id.netra.shared.Decision;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Evidence files from the reporter, multipart, with the receipt in the {@code X-Receipt} header or a {@code receipt}
 * form field (never in the URL). A signed-in handler of the report may add files without a receipt.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
class EvidenceApiController {

    static final String RECEIPT_HEADER = "X-Receipt";
    private static final String INVALID_INPUT = "problem.invalid-input";

    private final ReceiptEvidence evidence;
    private final HandledReports handled;
    private final CurrentUserProvider users;

    EvidenceApiController(ReceiptEvidence evidence, HandledReports handled, CurrentUserProvider users) {
        this.evidence = evidence;
        this.handled = handled;
        this.users = users;
    }

    /** Right after submission: the report id from the 201 answer in the path, the receipt beside the files. */
    @PostMapping("/{reportId}/evidence")
    @RateLimited(Limit.RECEIPT_USE)
    ResponseEntity<AddedEvidence> addToReport(@PathVariable String reportId,
            @RequestHeader(name = RECEIPT_HEADER, required = false) String receiptHeader,
            @RequestPart(name = "receipt", required = false) String receiptField,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request) {
        refuseReceiptInUrl(request);
        Optional<CurrentUser> handler = users.current();
        if (handler.isPresent() && !StringUtils.hasText(receiptHeader) && !StringUtils.hasText(receiptField)) {
            List<NamedUpload> uploads = uploads(files);
            return created(handled.addEvidence(handler.get(), parseId(reportId), uploads));
        }
        return add(receipt(receiptHeader, receiptField), parseId(reportId), files);
    }

    @PostMapping("/evidence")
    @RateLimited(Limit.RECEIPT_USE)
    ResponseEntity<AddedEvidence> addWithReceipt(
            @RequestHeader(name = RECEIPT_HEADER, required = false) String receiptHeader,
            @RequestPart(name = "receipt", required = false) String receiptField,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request) {
        refuseReceiptInUrl(request);
        return add(receipt(receiptHeader, receiptField), null, files);
    }

    private ResponseEntity<AddedEvidence> add(String receipt, UUID reportId, List<MultipartFile> files) {
        return created(evidence.add(receipt, reportId, uploads(files)));
    }

    private static List<NamedUpload> uploads(List<MultipartFile> files) {
        List<NamedUpload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || StringUtils.hasText(file.getOriginalFilename())) {
                uploads.add(new NamedUpload(file.getOriginalFilename(), file));
            }
        }
        if (uploads.isEmpty()) {
            Decision.rejectField("files", "intake.evidence.none").orThrowMalformed(INVALID_INPUT);
        }
        return uploads;
    }

    private static ResponseEntity<AddedEvidence> created(List<EvidenceRecord> kept) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new AddedEvidence(kept.stream()
                .map(record -> new AddedEvidence.File(record.id(), record.displayName(), record.mediaType(),
                        record.sizeBytes(), record.sha256Original(), record.sha256Stored(), record.metadataStripped()))
                .toList()));
    }

    private static String receipt(String header, String field) {
        String receipt = StringUtils.hasText(header) ? header : field;
        Decision.whenField(StringUtils.hasText(receipt), "receipt", "intake.validation.required")
                .orThrowMalformed(INVALID_INPUT);
        return receipt;
    }

    /**
     * A receipt in the query string ends up in proxy and access logs and in browser history, where anyone who reads
     * them can open the reporter's conversation: it is refused, and never read, so it is used nowhere.
     */
    private static void refuseReceiptInUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        boolean inUrl = query != null && UriComponentsBuilder.newInstance().query(query).build().getQueryParams()
                .containsKey("receipt");
        Decision.whenField(!inUrl, "receipt", "intake.receipt.in-url").orThrowMalformed(INVALID_INPUT);
    }

    private static UUID parseId(String reportId) {
        try {
            return UUID.fromString(reportId);
        } catch (IllegalArgumentException e) {
            throw new UnknownReceiptException();
        }
    }

    record AddedEvidence(List<File> evidence) {

        record File(UUID id, String name, String mediaType, long sizeBytes, String sha256Original,
                String sha256Stored, boolean metadataRemoved) {
        }
    }
}
