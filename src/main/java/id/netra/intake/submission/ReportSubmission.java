// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as a member of the public sends it, through the JSON API or the /lapor form. Bean Validation checks the
 * shape (400); {@link SubmissionRules} then checks it against the reference data and the domain policies (422).
 *
 * @param violationCode a catalogue code such as {@code DS-2}; {@code NOT_SURE} or empty when the reporter does not know
 */
public record ReportSubmission(
        @NotBlank(message = "{intake.validation.required}")
        @Size(max = 40, message = "{intake.validation.too-long}") String electionCode,
        @NotBlank(message = "{intake.validation.required}")
        @Size(max = 20, message = "{intake.validation.too-long}") String regionCode,
        @NotEmpty(message = "{intake.report.persons-required}")
        @Size(max = 20, message = "{intake.validation.persons.size}")
        List<@NotNull(message = "{intake.validation.required}") @Valid Person> reportedPersons,
        @Size(max = 20, message = "{intake.validation.too-long}") String violationCode,
        @NotNull(message = "{intake.validation.required}") LocalDate occurredOn,
        @Size(max = 300, message = "{intake.validation.too-long}") String place,
        @NotBlank(message = "{intake.validation.required}")
        @Size(min = 20, max = 10000, message = "{intake.validation.description.size}") String description,
        @Size(max = 20, message = "{intake.validation.links.size}")
        List<@NotBlank(message = "{intake.validation.required}")
             @Size(max = 2000, message = "{intake.validation.too-long}") String> evidenceLinks,
        @NotNull(message = "{intake.validation.required}") @Valid Reporter reporter) {

    public ReportSubmission {
        reportedPersons = reportedPersons == null ? null : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(reportedPersons));
        evidenceLinks = evidenceLinks == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(evidenceLinks));
    }

    /**
     * @param agencyCode a code from the agency directory, when the reporter picked one
     * @param agencyName the agency as the reporter typed it; matched against the directory when no code is given
     * @param positionClass a {@link id.netra.reference.PositionClass} name, or empty
     */
    public record Person(
            @NotBlank(message = "{intake.validation.required}")
            @Size(max = 200, message = "{intake.validation.too-long}") String name,
            @Size(max = 40, message = "{intake.validation.too-long}") String nip,
            @Size(max = 40, message = "{intake.validation.too-long}") String agencyCode,
            @Size(max = 200, message = "{intake.validation.too-long}") String agencyName,
            @Size(max = 20, message = "{intake.validation.too-long}") String positionClass,
            @Size(max = 200, message = "{intake.validation.too-long}") String positionTitle) {
    }

    /**
     * @param mode {@code ANONYMOUS}, {@code CONFIDENTIAL} or {@code OPEN}
     */
    public record Reporter(
            @NotBlank(message = "{intake.validation.required}")
            @Size(max = 20, message = "{intake.validation.too-long}") String mode,
            @Size(max = 200, message = "{intake.validation.too-long}") String name,
            @Size(max = 40, message = "{intake.validation.too-long}") String nik,
            @Size(max = 40, message = "{intake.validation.too-long}") String phone,
            @Email(message = "{intake.validation.email}")
            @Size(max = 200, message = "{intake.validation.too-long}") String email) {

        @Override
        public String toString() {
            return "Reporter[mode=" + mode + ", identity redacted]";
        }
    }
}
