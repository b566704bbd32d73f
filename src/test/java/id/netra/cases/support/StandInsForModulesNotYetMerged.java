// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.audit.AuditEvent;
import id.netra.audit.AuditTrail;
import id.netra.cases.WeekendCalendar;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import id.netra.identity.UserContact;
import id.netra.identity.UserDirectory;
import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.AgencyType;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationForm;
import id.netra.reference.ViolationKind;
import id.netra.reference.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Test-only stand-ins for beans that the reference, identity and audit branches provide once merged. Registered as
 * an auto-configuration so each {@code @ConditionalOnMissingBean} is decided after every real bean is known: when
 * the real module is on the classpath its bean wins and the stand-in disappears.
 */
@AutoConfiguration
public class StandInsForModulesNotYetMerged {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar standInWorkingDayCalendar() {
        return new WeekendCalendar();
    }

    @Bean
    @ConditionalOnMissingBean
    ViolationCatalogue standInViolationCatalogue() {
        List<ViolationForm> forms = List.of(
                new ViolationForm("KE-2", ViolationKind.ETHICS, "Kampanye media sosial", SanctionLevel.MORAL),
                new ViolationForm("DS-2", ViolationKind.DISCIPLINE, "Kampanye media sosial", SanctionLevel.HEAVY),
                new ViolationForm("DS-3", ViolationKind.DISCIPLINE, "Mendekati partai", SanctionLevel.MEDIUM),
                new ViolationForm("DS-5", ViolationKind.DISCIPLINE, "Anggota partai", SanctionLevel.DISMISSAL));
        return new ViolationCatalogue() {
            public Optional<ViolationForm> find(String code) {
                return forms.stream().filter(f -> f.code().equals(code)).findFirst();
            }

            public List<ViolationForm> all() {
                return forms;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    SanctionCatalogue standInSanctionCatalogue() {
        LocalDate pp94 = LocalDate.of(2021, 8, 31);
        List<Sanction> sanctions = List.of(
                new Sanction("PP94-2021/RINGAN-2", "PP 94/2021", SanctionLevel.LIGHT, "Teguran tertulis", pp94, null),
                new Sanction("PP94-2021/SEDANG-1", "PP 94/2021", SanctionLevel.MEDIUM, "Tukin 25% 6 bulan", pp94,
                        null),
                new Sanction("PP94-2021/BERAT-1", "PP 94/2021", SanctionLevel.HEAVY, "Penurunan jabatan", pp94,
                        null),
                new Sanction("PP53-2010/SEDANG-1", "PP 53/2010", SanctionLevel.MEDIUM, "Penundaan KGB",
                        LocalDate.of(2010, 6, 6), LocalDate.of(2021, 8, 30)));
        return new SanctionCatalogue() {
            public Optional<Sanction> find(String code) {
                return sanctions.stream().filter(s -> s.code().equals(code)).findFirst();
            }

            public List<Sanction> inForceOn(LocalDate date) {
                return sanctions.stream().filter(s -> s.inForceOn(date)).toList();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    AgencyDirectory standInAgencyDirectory() {
        List<Agency> agencies = List.of(
                new Agency("PEMKAB-36.01", "Pemerintah Kabupaten Pandeglang", "Pemkab Pandeglang", AgencyType.PEMKAB,
                        "36.01", "Bupati"),
                new Agency("PEMKOT-36.71", "Pemerintah Kota Tangerang", "Pemkot Tangerang", AgencyType.PEMKOT,
                        "36.71", "Wali Kota"),
                new Agency("PEMPROV-36", "Pemerintah Provinsi Banten", "Pemprov Banten", AgencyType.PEMPROV, "36",
                        "Gubernur"),
                new Agency("PEMKAB-32.01", "Pemerintah Kabupaten Bogor", "Pemkab Bogor", AgencyType.PEMKAB, "32.01",
                        "Bupati"));
        return new AgencyDirectory() {
            public Optional<Agency> find(String code) {
                return agencies.stream().filter(a -> a.code().equals(code)).findFirst();
            }

            public List<Agency> inRegion(String regionCode) {
                return agencies.stream().filter(a -> regionCode.equals(a.regionCode())).toList();
            }

            public Optional<Agency> matchName(String name) {
                return agencies.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    RecordingAuditTrail standInAuditTrail() {
        return new RecordingAuditTrail();
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentUserProvider standInCurrentUserProvider() {
        return new DetailsCurrentUserProvider();
    }

    @Bean
    @ConditionalOnMissingBean
    UserDirectory standInUserDirectory() {
        return role -> List.of(new UserContact(role.name().toLowerCase().replace('_', '-'), role.name(),
                role.name().toLowerCase().replace('_', '-') + "@netra.test", role,
                role == Role.PPK_OFFICER ? "PEMKAB-36.01" : null, role == Role.PPK_OFFICER ? "36.01" : null));
    }

    /** Keeps what was recorded so tests can look. */
    public static class RecordingAuditTrail implements AuditTrail {

        private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void record(AuditEvent event) {
            events.add(event);
        }

        public List<AuditEvent> events() {
            return List.copyOf(events);
        }
    }
}
