// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import id.netra.intake.domain.ReporterMode;
import id.netra.intake.reporter.ReporterIdentity;
import id.netra.shared.Decision.Reason;
import java.util.List;
import java.util.Locale;

/**
 * The reporter's mode and identity fields. An anonymous report must not carry identity (the reporter would believe it
 * is kept when it is not); a confidential or open one needs a name and a way to reach the reporter.
 */
final class ReporterRules {

    private static final String PREFIX = "reporter.";

    ReporterMode mode(ReportSubmission.Reporter reporter, List<Reason> reasons) {
        if (reporter.mode() == null || reporter.mode().isBlank()) {
            return null;
        }
        try {
            return ReporterMode.valueOf(reporter.mode().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reasons.add(Reason.ofField(PREFIX + "mode", "intake.reporter.mode.unknown"));
            return null;
        }
    }

    ReporterIdentity identity(ReporterMode mode, ReportSubmission.Reporter reporter, List<Reason> reasons) {
        String name = TextPolicy.clean(reporter.name());
        String nik = digitsOnly(reporter.nik());
        String phone = phone(reporter.phone());
        String email = TextPolicy.clean(reporter.email());
        if (!mode.keepsIdentity()) {
            if (name != null || nik != null || phone != null || email != null) {
                reasons.add(Reason.ofField(PREFIX + "mode", "intake.reporter.anonymous-with-identity"));
            }
            return null;
        }
        SubmissionRules.plainText(PREFIX + "name", reporter.name(), reasons);
        SubmissionRules.plainText(PREFIX + "email", reporter.email(), reasons);
        if (name == null) {
            reasons.add(Reason.ofField(PREFIX + "name", "intake.reporter.name.required"));
        }
        if (nik != null && !nik.matches("[0-9]{16}")) {
            reasons.add(Reason.ofField(PREFIX + "nik", "intake.reporter.nik.format"));
        }
        if (phone != null && !phone.matches("(\\+62|62|0)8[0-9]{7,12}")) {
            reasons.add(Reason.ofField(PREFIX + "phone", "intake.reporter.phone.format"));
        }
        if (phone == null && email == null) {
            reasons.add(Reason.ofField(PREFIX + "phone", "intake.reporter.contact.required"));
        }
        return new ReporterIdentity(name, nik, phone, email);
    }

    private static String digitsOnly(String value) {
        String cleaned = TextPolicy.clean(value);
        return cleaned == null ? null : cleaned.replaceAll("[\\s.\\-]", "");
    }

    private static String phone(String value) {
        String cleaned = TextPolicy.clean(value);
        return cleaned == null ? null : cleaned.replaceAll("[\\s.\\-()]", "");
    }
}
