// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.maps.web;

import id.netra.analytics.maps.BoundaryFiles;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.TimeConfiguration;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Replacing the province boundaries (e.g. with official ones) without a code change: checked, stored, audited. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BoundaryAdminController {

    private final BoundaryFiles boundaries;

    BoundaryAdminController(BoundaryFiles boundaries) {
        this.boundaries = boundaries;
    }

    @GetMapping("/admin/peta")
    String page(Model model) {
        model.addAttribute("inUse", boundaries.inUse());
        model.addAttribute("uploads", boundaries.uploads());
        model.addAttribute("wib", TimeConfiguration.WIB);
        return "analytics/admin-peta";
    }

    @PostMapping("/admin/peta")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam("attribution") String attribution,
            Principal principal, Model model, RedirectAttributes redirect) throws IOException {
        try {
            BoundaryFiles.Upload upload = boundaries.replace(file.getOriginalFilename(), file.getBytes(), attribution,
                    principal.getName());
            redirect.addFlashAttribute("saved", upload.fileName());
            return "redirect:/admin/peta";
        } catch (PolicyRejectedException e) {
            model.addAttribute("rejection", e.reasons());
            model.addAttribute("attribution", attribution);
            return page(model);
        }
    }

    @PostMapping(path = "/api/v1/admin/maps/boundaries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @ResponseBody
    BoundaryFiles.Upload uploadApi(@RequestParam("file") MultipartFile file,
            @RequestParam("attribution") String attribution, Principal principal) throws IOException {
        return boundaries.replace(file.getOriginalFilename(), file.getBytes(), attribution, principal.getName());
    }
}
