// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.reference.AgencyType;
import id.netra.reference.RegionLevel;
import id.netra.reference.agency.ImportReport.Message;
import id.netra.reference.region.RegionEntry;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyRowValidatorTests {

    private static final LocalDate DATE = LocalDate.of(2025, 4, 25);
    private static final Map<String, RegionEntry> REGIONS = Map.of(
            "36", new RegionEntry("36", "Banten", RegionLevel.PROVINCE, null, "36", "test", "1", DATE),
            "36.01", new RegionEntry("36.01", "Kabupaten Pandeglang", RegionLevel.REGENCY, "KABUPATEN", "36", "test", "1", DATE),
            "36.71", new RegionEntry("36.71", "Kota Tangerang", RegionLevel.REGENCY, "KOTA", "36", "test", "1", DATE));

    private final AgencyRowValidator validator =
            new AgencyRowValidator(code -> Optional.ofNullable(REGIONS.get(code)), "Impor CSV", "2026-11-22");

    private static java.util.List<String> keys(AgencyRowValidator.Outcome outcome) {
        return outcome.errors().stream().map(Message::key).toList();
    }

    @Test
    void centralAgency_getsDefaultsForPpkAndSource() {
        var outcome = validator.check(Map.of("code", "bpip", "name", "Badan Pembinaan Ideologi Pancasila",
                "type", "lpnk", "aliases", " BPIP | UKP-PIP |"));
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.draft()).isEqualTo(new AgencyDraft("BPIP", "Badan Pembinaan Ideologi Pancasila", null,
                java.util.List.of("BPIP", "UKP-PIP"), AgencyType.LPNK, null, "Kepala", null, "Impor CSV", "2026-11-22"));
    }

    @Test
    void regionalGovernment_mustUseTheDerivedCode() {
        assertThat(validator.check(Map.of("code", "PEMKAB-36.01", "name", "Pemkab", "type", "PEMKAB",
                "region_code", "36.01")).draft().ppkTitle()).isEqualTo("Bupati");
        assertThat(keys(validator.check(Map.of("code", "PEMKAB-PANDEGLANG", "name", "Pemkab", "type", "PEMKAB",
                "region_code", "36.01")))).containsExactly("reference.import.code.regional");
    }

    @Test
    void regionOfTheWrongKind_isRejected() {
        assertThat(keys(validator.check(Map.of("code", "PEMKAB-36.71", "name", "x", "type", "PEMKAB",
                "region_code", "36.71")))).containsExactly("reference.import.region.kind");
        assertThat(keys(validator.check(Map.of("code", "PEMPROV-36.01", "name", "x", "type", "PEMPROV",
                "region_code", "36.01")))).containsExactly("reference.import.region.kind");
    }

    @Test
    void everyProblemOfARow_isListed() {
        assertThat(keys(validator.check(Map.of("code", "bad code!", "name", "", "type", "DINAS"))))
                .containsExactly("reference.import.code.format", "reference.import.name.required",
                        "reference.import.type.unknown");
    }

    @Test
    void regionRules_dependOnTheType() {
        assertThat(keys(validator.check(Map.of("code", "PEMKOT-36.71", "name", "x", "type", "PEMKOT"))))
                .containsExactly("reference.import.region.required");
        assertThat(keys(validator.check(Map.of("code", "PEMKOT-99.71", "name", "x", "type", "PEMKOT",
                "region_code", "99.71")))).containsExactly("reference.import.region.unknown");
        assertThat(keys(validator.check(Map.of("code", "BKN", "name", "x", "type", "LPNK", "region_code", "36"))))
                .containsExactly("reference.import.region.forbidden");
    }

    @Test
    void draft_differsOnlyWhenContentChanges() {
        AgencyDraft draft = validator.check(Map.of("code", "BPIP", "name", "Badan", "type", "LPNK")).draft();
        AgencyEntry same = new AgencyEntry("BPIP", "Badan", null, java.util.List.of(), AgencyType.LPNK, null, "Kepala",
                false, null, "other source", "1999");
        assertThat(draft.differsFrom(same)).isFalse();
        AgencyEntry renamed = new AgencyEntry("BPIP", "Badan Lama", null, java.util.List.of(), AgencyType.LPNK, null,
                "Kepala", false, null, "other source", "1999");
        assertThat(draft.differsFrom(renamed)).isTrue();
    }
}
