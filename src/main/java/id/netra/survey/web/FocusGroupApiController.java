// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.survey.instrument.SurveyStore;
import id.netra.survey.notes.FocusGroupNote;
import id.netra.survey.notes.FocusGroupNotes;
import id.netra.survey.notes.NoteInput;
import id.netra.survey.notes.Theme;
import id.netra.survey.notes.ThemeFrequency;
import id.netra.survey.notes.ThemeInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Focus-group notes of a survey and the codebook of themes (ANALYST and ADMIN). The codebook is shared by every
 * survey; it is reached under a survey because that is where an analyst codes notes.
 */
@RestController
@RequestMapping("/api/v1/surveys/{id}")
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
@Tag(name = "Survei ASN: catatan FGD", description = "Catatan diskusi kelompok terpumpun dan buku kode temanya")
class FocusGroupApiController {

    private final FocusGroupNotes notes;
    private final SurveyStore surveys;
    private final CurrentUserProvider users;

    FocusGroupApiController(FocusGroupNotes notes, SurveyStore surveys, CurrentUserProvider users) {
        this.notes = notes;
        this.surveys = surveys;
        this.users = users;
    }

    @GetMapping("/notes")
    @Operation(summary = "Catatan FGD survei", description = "Bisa disaring per tema (themeId), wilayah (regionCode) "
            + "dan peran peserta (role).")
    List<FocusGroupNote> list(@PathVariable long id, @RequestParam(required = false) Long themeId,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String role) {
        return notes.notes(id, themeId, regionCode, role);
    }

    @PostMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Menambah catatan FGD", description = "{regionCode, participantRole, heldOn (yyyy-MM-dd), "
            + "text, themeIds}; wilayah dari referensi wilayah, tema aktif dari buku kode.")
    ResponseEntity<FocusGroupNote> add(@PathVariable long id, @RequestBody NoteInput input) {
        FocusGroupNote note = notes.add(id, input, username());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id + "/notes/" + note.id())).body(note);
    }

    @DeleteMapping("/notes/{noteId}")
    @Operation(summary = "Menghapus catatan FGD (lunak, tercatat di jejak audit)")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long noteId) {
        notes.remove(id, noteId, username());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notes/frequency")
    @Operation(summary = "Frekuensi tema per kelompok (wilayah dan peran peserta)")
    ThemeFrequency frequency(@PathVariable long id) {
        return notes.frequency(id);
    }

    @GetMapping("/codebook")
    @Operation(summary = "Buku kode tema", description = "Tema aktif lalu tema yang sudah dipensiunkan.")
    List<Theme> codebook(@PathVariable long id) {
        surveys.get(id);
        return notes.codebook();
    }

    @PostMapping(path = "/codebook", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Menambah tema", description = "{label, labelEn}")
    ResponseEntity<Theme> addTheme(@PathVariable long id, @RequestBody ThemeInput input) {
        surveys.get(id);
        Theme theme = notes.addTheme(input, username());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id + "/codebook/" + theme.id())).body(theme);
    }

    @PutMapping(path = "/codebook/{themeId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mengganti nama tema")
    Theme rename(@PathVariable long id, @PathVariable long themeId, @RequestBody ThemeInput input) {
        surveys.get(id);
        return notes.renameTheme(themeId, input, username());
    }

    @DeleteMapping("/codebook/{themeId}")
    @Operation(summary = "Memensiunkan tema", description = "Tema tidak dapat dipakai untuk catatan baru; catatan "
            + "lama tetap memuatnya.")
    Theme retire(@PathVariable long id, @PathVariable long themeId) {
        surveys.get(id);
        return notes.retireTheme(themeId, username());
    }

    private String username() {
        return users.current().map(CurrentUser::username).orElse("sistem");
    }
}
