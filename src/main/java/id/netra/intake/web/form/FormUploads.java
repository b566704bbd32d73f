// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import id.netra.intake.evidence.EvidenceCustody.NamedUpload;
import id.netra.shared.PolicyRejectedException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Files from a form's file input: an input left empty still posts one nameless, empty part, which is skipped. */
final class FormUploads {

    private FormUploads() {
    }

    static List<NamedUpload> of(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
                .filter(file -> !file.isEmpty() || (file.getOriginalFilename() != null
                        && !file.getOriginalFilename().isBlank()))
                .map(file -> new NamedUpload(file.getOriginalFilename(), file))
                .toList();
    }

    /** The status a page answers a refused upload with: the same as the API's. */
    static int status(PolicyRejectedException e) {
        return e.kind().status();
    }
}
