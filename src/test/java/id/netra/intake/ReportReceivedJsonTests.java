// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Event Publication Registry keeps events as JSON; those stored with the former {@code synthetic} flag still read. */
class ReportReceivedJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPublicationCarryingTheFormerSyntheticFlag_stillReads() {
        String stored = """
                {"reportId":"0b6d3c1e-7f1a-4c55-9a53-2f0d1c8e9a10","electionCode":"PILKADA-2024","regionCode":"36.01",
                 "violationCode":"DS-2","occurredOn":"2024-09-30","channel":"PUBLIC_WEB",
                 "persons":[{"personId":"5f2b1c3d-1111-4c55-9a53-2f0d1c8e9a10","name":"Hadi Purnomo","nip":null,
                   "agencyCode":"PEMKAB-36.01","agencyName":"Pemerintah Kabupaten Pandeglang","positionClass":null,
                   "positionTitle":null}],
                 "receivedAt":"2024-10-01T02:00:00Z","synthetic":true}""";

        ReportReceived event = json.readValue(stored, ReportReceived.class);

        assertThat(event.channel()).isEqualTo("PUBLIC_WEB");
        assertThat(event.persons()).extracting(ReportReceived.ReportedPerson::name).containsExactly("Hadi Purnomo");
    }

    @Test
    void theEventIsWrittenWithoutADemoFlag() {
        String stored = """
                {"reportId":"0b6d3c1e-7f1a-4c55-9a53-2f0d1c8e9a10","electionCode":"PILKADA-2024","regionCode":"36.01",
                 "violationCode":null,"occurredOn":"2024-09-30","channel":"PUBLIC_WEB","persons":[],
                 "receivedAt":"2024-10-01T02:00:00Z","synthetic":false}""";

        assertThat(json.writeValueAsString(json.readValue(stored, ReportReceived.class))).doesNotContain("synthetic");
    }
}
