// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.published.web;

import id.netra.analytics.published.PublishedFigureAdministration;
import id.netra.reference.PublishedFigure;
import id.netra.reference.PublishedFigureDraft;
import id.netra.reference.PublishedFigureEntry;
import id.netra.reference.PublishedFigureRevision;
import id.netra.reference.PublishedFigures;
import id.netra.shared.Decision;
import id.netra.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published figures over REST: everyone signed in reads the figures in force; administrators add, correct (with a
 * reason; the earlier version is kept) and retire them. Validation failures answer 422 with every reason.
 */
@RestController
class PublishedFigureApiController {

    /** A correction: the new content and why it replaces the old. */
    record Correction(PublishedFigureDraft figure, String reason) {
    }

    record Retirement(String reason) {
    }

    private final PublishedFigures figures;
    private final PublishedFigureAdministration administration;

    PublishedFigureApiController(PublishedFigures figures, PublishedFigureAdministration administration) {
        this.figures = figures;
        this.administration = administration;
    }

    @GetMapping("/api/v1/published-figures")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Figures published by KASN, BKN, Bawaslu, Kemendagri or KemenPANRB, in force")
    List<PublishedFigure> list(@RequestParam(name = "election", required = false) String election) {
        return election == null || election.isBlank() ? figures.all() : figures.ofElection(election);
    }

    @GetMapping("/api/v1/admin/published-figures")
    @PreAuthorize("hasRole('ADMIN')")
    List<PublishedFigureEntry> entries() {
        return figures.entries();
    }

    @GetMapping("/api/v1/admin/published-figures/{id}/revisions")
    @PreAuthorize("hasRole('ADMIN')")
    List<PublishedFigureRevision> revisions(@PathVariable long id) {
        figures.entry(id).orElseThrow(() -> new NotFoundException("published figure " + id));
        return figures.revisions(id);
    }

    @PostMapping("/api/v1/admin/published-figures")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> add(@RequestBody PublishedFigureDraft draft, Principal principal) {
        long id = administration.add(draft, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/published-figures/" + id))
                .body(Map.of("id", id, "version", 1));
    }

    @PutMapping("/api/v1/admin/published-figures/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> correct(@PathVariable long id, @RequestBody Correction correction, Principal principal) {
        Decision.when(correction.figure() != null, "reference.figure.required").orThrow();
        int version = administration.correct(id, correction.figure(), correction.reason(), principal.getName());
        return Map.of("id", id, "version", version);
    }

    @PostMapping("/api/v1/admin/published-figures/{id}/retire")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> retire(@PathVariable long id, @RequestBody Retirement retirement, Principal principal) {
        administration.retire(id, retirement.reason(), principal.getName());
        return ResponseEntity.noContent().build();
    }
}
