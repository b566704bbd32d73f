// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.letters.CaseLetters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The PDF letters of a case: {@code GET /api/v1/cases/{id}/letters/{n}.pdf}, n counting from 1 per case. */
@RestController
class CaseLetterController {

    private final CaseLetters letters;

    CaseLetterController(CaseLetters letters) {
        this.letters = letters;
    }

    /** The same letter under the API (HTTP Basic) and under the pages (signed-in session). */
    @GetMapping({"/api/v1/cases/{id}/letters/{sequence}.pdf", "/cases/{id}/letters/{sequence}.pdf"})
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable int sequence) {
        byte[] pdf = letters.pdf(id, sequence);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("perkara-" + id + "-surat-" + sequence + ".pdf").build().toString())
                .body(pdf);
    }
}
