// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.support;

import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.AgencyType;
import id.netra.reference.Election;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationForm;
import id.netra.reference.ViolationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Test-only stand-ins for the reference module's directories, used while the reference branch has not reached main.
 * Each backs off as soon as the real bean exists, so the tests run against the real data once it is merged.
 */
@AutoConfiguration
public class StandInReferenceData {

    static final List<Region> REGIONS = List.of(
            new Region("36", "Banten", RegionLevel.PROVINCE, "36"),
            new Region("36.01", "Kabupaten Pandeglang", RegionLevel.REGENCY, "36"),
            new Region("36.71", "Kota Tangerang", RegionLevel.REGENCY, "36"),
            new Region("31", "DKI Jakarta", RegionLevel.PROVINCE, "31"),
            new Region("31.71", "Kota Administrasi Jakarta Pusat", RegionLevel.REGENCY, "31"));

    static final List<Agency> AGENCIES = List.of(
            new Agency("PEMPROV-36", "Pemerintah Provinsi Banten", "Pemprov Banten", AgencyType.PEMPROV, "36",
                    "Gubernur"),
            new Agency("PEMKAB-36.01", "Pemerintah Kabupaten Pandeglang", "Pemkab Pandeglang", AgencyType.PEMKAB,
                    "36.01", "Bupati"),
            new Agency("PEMKOT-36.71", "Pemerintah Kota Tangerang", "Pemkot Tangerang", AgencyType.PEMKOT, "36.71",
                    "Wali Kota"),
            new Agency("BKN", "Badan Kepegawaian Negara", "BKN", AgencyType.LPNK, null, "Kepala"));

    static final List<Election> ELECTIONS = List.of(
            new Election("PEMILU-2019", "Pemilu 2019", "PEMILU", LocalDate.of(2019, 4, 17)),
            new Election("PILKADA-2020", "Pilkada 2020", "PILKADA", LocalDate.of(2020, 12, 9)),
            new Election("PEMILU-2024", "Pemilu 2024", "PEMILU", LocalDate.of(2024, 2, 14)),
            new Election("PILKADA-2024", "Pilkada 2024", "PILKADA", LocalDate.of(2024, 11, 27)));

    static final List<ViolationForm> VIOLATIONS = Stream.concat(
            IntStream.rangeClosed(1, 7).mapToObj(i -> new ViolationForm("KE-" + i, ViolationKind.ETHICS,
                    "Kode etik " + i, SanctionLevel.MORAL)),
            IntStream.rangeClosed(1, 12).mapToObj(i -> new ViolationForm("DS-" + i, ViolationKind.DISCIPLINE,
                    "Disiplin " + i, SanctionLevel.MEDIUM))).toList();

    @Bean
    @ConditionalOnMissingBean
    RegionDirectory standInRegionDirectory() {
        return new RegionDirectory() {
            @Override
            public Optional<Region> find(String code) {
                return REGIONS.stream().filter(region -> region.code().equals(code)).findFirst();
            }

            @Override
            public List<Region> byLevel(RegionLevel level) {
                return REGIONS.stream().filter(region -> region.level() == level).toList();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    AgencyDirectory standInAgencyDirectory() {
        return new AgencyDirectory() {
            @Override
            public Optional<Agency> find(String code) {
                return AGENCIES.stream().filter(agency -> agency.code().equals(code)).findFirst();
            }

            @Override
            public List<Agency> inRegion(String regionCode) {
                return AGENCIES.stream().filter(agency -> regionCode.equals(agency.regionCode())).toList();
            }

            @Override
            public Optional<Agency> matchName(String typed) {
                String key = typed.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
                return AGENCIES.stream()
                        .filter(agency -> agency.name().replaceAll("\\s+", "").toLowerCase(Locale.ROOT).equals(key)
                                || agency.abbreviation().replaceAll("\\s+", "").toLowerCase(Locale.ROOT).equals(key))
                        .findFirst();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    ElectionDirectory standInElectionDirectory() {
        return new ElectionDirectory() {
            @Override
            public Optional<Election> find(String code) {
                return ELECTIONS.stream().filter(election -> election.code().equals(code)).findFirst();
            }

            @Override
            public List<Election> all() {
                return ELECTIONS;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    ViolationCatalogue standInViolationCatalogue() {
        return new ViolationCatalogue() {
            @Override
            public Optional<ViolationForm> find(String code) {
                return VIOLATIONS.stream().filter(form -> form.code().equals(code)).findFirst();
            }

            @Override
            public List<ViolationForm> all() {
                return VIOLATIONS;
            }
        };
    }
}
