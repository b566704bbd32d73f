// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.Decision;
import id.netra.shared.NotFoundException;
import id.netra.shared.PolicyRejectedException;
import id.netra.survey.instrument.SurveyStore;
import id.netra.survey.upload.SurveyUploads;
import id.netra.survey.upload.UploadJob;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload pages, for those who manage surveys (session and CSRF token, unlike the API's HTTP Basic): a new survey
 * from an XLSForm, and a survey's responses from a CSV or XLSX export. The responses form posts through htmx, which
 * shows the file's transfer; the job's progress bar then refreshes every second until the job ends and shows the
 * summary. Without JavaScript the form posts normally and lands on the job's own page, which also survives a reload.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class SurveyUploadPageController {

    static final String NEW = "survey/new";
    static final String UPLOAD = "survey/upload";
    static final String JOB = "survey/upload-job";

    private final SurveyUploads uploads;
    private final SurveyStore surveys;
    private final CurrentUserProvider users;
    private final MessageSource messages;

    SurveyUploadPageController(SurveyUploads uploads, SurveyStore surveys, CurrentUserProvider users,
            MessageSource messages) {
        this.uploads = uploads;
        this.surveys = surveys;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/surveys/baru")
    String newSurvey(Model model) {
        model.addAttribute("maxSize", uploads.maxSize().toMegabytes());
        return NEW;
    }

    @PostMapping("/surveys/baru")
    String createFromXlsForm(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        model.addAttribute("maxSize", uploads.maxSize().toMegabytes());
        model.addAttribute("title", title);
        try {
            long id = uploads.createFromXlsForm(bytes(file), file == null ? null : file.getOriginalFilename(), title,
                    username());
            redirect.addFlashAttribute("created", true);
            return "redirect:/surveys/" + id + "/unggah";
        } catch (PolicyRejectedException e) {
            model.addAttribute("refusals", reasons(e, locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return NEW;
        }
    }

    @GetMapping("/surveys/{id}/unggah")
    String uploadPage(@PathVariable long id, Model model) {
        fill(id, model);
        return UPLOAD;
    }

    /**
     * Starts the upload. From htmx: the job's progress fragment, with the job page's address for the browser's
     * history, or the refusal fragment (422). Otherwise: the job page, or this page again with the refusal.
     */
    @PostMapping("/surveys/{id}/unggah")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        surveys.get(id);
        UploadJob job;
        try {
            job = uploads.start(id, file == null ? null : file.getOriginalFilename(), uploads.table(bytes(file)),
                    username());
        } catch (PolicyRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusals", reasons(e, locale));
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
            if (htmx != null) {
                return UPLOAD + " :: refusal";
            }
            fill(id, model);
            return UPLOAD;
        }
        if (htmx == null) {
            return "redirect:/surveys/" + id + "/unggah/" + job.id();
        }
        response.setHeader("HX-Push-Url", request.getContextPath() + "/surveys/" + id + "/unggah/" + job.id());
        model.addAttribute("survey", surveys.get(id));
        model.addAttribute("job", job);
        return JOB + " :: progress";
    }

    @GetMapping("/surveys/{id}/unggah/{jobId}")
    String job(@PathVariable long id, @PathVariable String jobId, Model model) {
        model.addAttribute("survey", surveys.get(id));
        model.addAttribute("job", job(id, jobId));
        return JOB;
    }

    /** The fragment htmx polls every second while the job runs; once the job has ended it stops asking. */
    @GetMapping("/surveys/{id}/unggah/{jobId}/kemajuan")
    String progress(@PathVariable long id, @PathVariable String jobId, Model model) {
        model.addAttribute("survey", surveys.get(id));
        model.addAttribute("job", job(id, jobId));
        return JOB + " :: progress";
    }

    private void fill(long id, Model model) {
        model.addAttribute("survey", surveys.get(id));
        model.addAttribute("jobs", uploads.recent(id));
        model.addAttribute("maxSize", uploads.maxSize().toMegabytes());
        model.addAttribute("maxBytes", uploads.maxSize().toBytes());
    }

    private UploadJob job(long id, String jobId) {
        try {
            return uploads.job(id, UUID.fromString(jobId)).orElseThrow(() -> new NotFoundException("no upload job"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no upload job");
        }
    }

    private byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw PolicyRejectedException.because("survey.upload.empty");
        }
        uploads.checkSize(file.getSize());
        return file.getBytes();
    }

    private List<String> reasons(RuntimeException e, Locale locale) {
        List<String> out = new ArrayList<>();
        if (e instanceof PolicyRejectedException rejected) {
            for (Decision.Reason r : rejected.reasons()) {
                out.add(messages.getMessage(r.messageKey(), r.argArray(), locale));
            }
        }
        return out;
    }

    private String username() {
        return users.current().map(CurrentUser::username).orElse("sistem");
    }
}
