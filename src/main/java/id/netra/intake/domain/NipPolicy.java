// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import id.netra.shared.Decision;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * Plausibility of a civil servant's NIP (Nomor Induk Pegawai), 18 digits: birth date {@code yyyymmdd} (1-8),
 * appointment month {@code yyyymm} (9-14), sex {@code 1} or {@code 2} (15), sequence (16-18). A reporter who gives a
 * NIP usually copied it from a letter or a name tag, so a typo is likely; each failed check has its own message so the
 * reporter can see which part is wrong. Spaces and dots, as printed on documents, are ignored.
 */
public final class NipPolicy {

    static final int MIN_AGE_AT_APPOINTMENT = 18;
    static final int MAX_AGE_AT_APPOINTMENT = 70;
    /** Nobody born earlier can still be in service, or have been in the 2019 election. */
    static final int EARLIEST_BIRTH_YEAR = 1930;

    private final Clock clock;

    public NipPolicy(Clock clock) {
        this.clock = clock;
    }

    /** The NIP without the separators people type; use it for storage once {@link #check} allowed it. */
    public static String normalise(String nip) {
        return nip == null ? null : nip.replaceAll("[\\s.\\-]", "");
    }

    public Decision check(String rawNip) {
        String nip = normalise(rawNip);
        if (nip == null || !nip.matches("[0-9]{18}")) {
            return Decision.reject("intake.nip.format");
        }
        LocalDate birth = birthDate(nip);
        if (birth == null) {
            return Decision.reject("intake.nip.birth-date", nip.substring(0, 8));
        }
        YearMonth appointment = appointmentMonth(nip);
        if (appointment == null) {
            return Decision.reject("intake.nip.appointment-month", nip.substring(8, 14));
        }
        if (appointment.isAfter(YearMonth.now(clock))) {
            return Decision.reject("intake.nip.appointment-future", appointment.toString());
        }
        int age = Period.between(birth, appointment.atEndOfMonth()).getYears();
        if (age < MIN_AGE_AT_APPOINTMENT) {
            return Decision.reject("intake.nip.appointment-too-young", MIN_AGE_AT_APPOINTMENT);
        }
        if (age > MAX_AGE_AT_APPOINTMENT) {
            return Decision.reject("intake.nip.appointment-too-old", MAX_AGE_AT_APPOINTMENT);
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return Decision.reject("intake.nip.sex", String.valueOf(sex));
        }
        return Decision.allow();
    }

    private LocalDate birthDate(String nip) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
            return date.getYear() < EARLIEST_BIRTH_YEAR || date.isAfter(LocalDate.now(clock)) ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static YearMonth appointmentMonth(String nip) {
        int year = Integer.parseInt(nip.substring(8, 12));
        int month = Integer.parseInt(nip.substring(12, 14));
        return month >= 1 && month <= 12 && year >= 1900 ? YearMonth.of(year, month) : null;
    }
}
