// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.identity.CurrentUserProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/import/cases}: a CSV or XLSX of historical cases, as a multipart upload ({@code file}) or as the
 * raw request body (for files beyond the multipart limit), with {@code source} and {@code dryRun}. Answers 202 with
 * the job id; {@code GET /api/v1/import/cases/{jobId}} reports progress, the summary and the refused rows.
 */
@RestController
class CaseImportApiController {

    private final CurrentUserProvider users;
    private final CaseImports imports;

    CaseImportApiController(CurrentUserProvider users, CaseImports imports) {
        this.users = users;
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/import/cases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        var user = users.require();
        if (!CaseImports.mayImport(user)) {
            throw new org.springframework.security.access.AccessDeniedException("not a case importer");
        }
        if (file == null || file.isEmpty()) {
            throw id.netra.shared.PolicyRejectedException.because("case.import.file.empty");
        }
        Path saved = ImportUploads.save(file.getInputStream());
        return accepted(imports.start(user, source, file.getOriginalFilename(), saved, dryRun), dryRun);
    }

    @PostMapping(path = "/api/v1/import/cases", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    ResponseEntity<Map<String, Object>> uploadBody(@RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String fileName, HttpServletRequest request) throws IOException {
        var user = users.require();
        if (!CaseImports.mayImport(user)) {
            throw new org.springframework.security.access.AccessDeniedException("not a case importer");
        }
        Path saved = ImportUploads.save(request.getInputStream());
        return accepted(imports.start(user, source, fileName, saved, dryRun), dryRun);
    }

    @GetMapping("/api/v1/import/cases/{jobId}")
    CaseImportJob job(@PathVariable UUID jobId) {
        return imports.job(users.require(), jobId);
    }

    @GetMapping("/api/v1/import/cases")
    List<CaseImportJob> recent() {
        return imports.recent(users.require());
    }

    private static ResponseEntity<Map<String, Object>> accepted(UUID jobId, boolean dryRun) {
        URI status = URI.create("/api/v1/import/cases/" + jobId);
        return ResponseEntity.accepted().location(status)
                .body(Map.of("jobId", jobId, "dryRun", dryRun, "status", status.toString()));
    }
}
