// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.cases.CaseStateChanged.Action;
import id.netra.cases.CaseStateChanged.State;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Event Publication Registry keeps events as JSON; publications written before the event was typed (plain
 * strings) must still read, and new ones must look the same.
 */
class CaseStateChangedJsonTests {

    /** The event as earlier releases declared it: plain strings, and a {@code synthetic} flag the event has lost. */
    record UntypedCaseStateChanged(long caseId, UUID reportId, String action, String fromState, String toState,
            String actor, Instant at, String regionCode, String agencyCode, boolean synthetic) {
    }

    /** The same fields as the typed event, as plain strings. */
    record CurrentUntypedCaseStateChanged(long caseId, UUID reportId, String action, String fromState,
            String toState, String actor, Instant at, String regionCode, String agencyCode) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final UUID report = UUID.fromString("0b6d3c1e-7f1a-4c55-9a53-2f0d1c8e9a10");
    private final Instant at = Instant.parse("2024-10-16T03:00:00Z");

    @Test
    void aPublicationStoredAsStrings_readsAsTheTypedEvent() {
        String stored = json.writeValueAsString(new UntypedCaseStateChanged(7, report, "mark-overdue", "RECOMMENDED",
                "OVERDUE", "system", at, "36.01", "PEMKAB-36.01", false));

        CaseStateChanged event = json.readValue(stored, CaseStateChanged.class);

        assertThat(event).isEqualTo(new CaseStateChanged(7, report, Action.MARK_OVERDUE, State.RECOMMENDED,
                State.OVERDUE, "system", at, "36.01", "PEMKAB-36.01"));
    }

    @Test
    void anOpening_withoutFromState_reads() {
        String stored = json.writeValueAsString(new UntypedCaseStateChanged(8, report, "open", null, "RECEIVED",
                "system", at, "36.01", null, true));

        CaseStateChanged event = json.readValue(stored, CaseStateChanged.class);

        assertThat(event.action()).isEqualTo(Action.OPEN);
        assertThat(event.fromState()).isNull();
        assertThat(event.toState()).isEqualTo(State.RECEIVED);
    }

    @Test
    void aPublicationCarryingTheFormerSyntheticFlag_stillReads() {
        String stored = json.writeValueAsString(new UntypedCaseStateChanged(10, report, "recommend",
                "UNDER_VERIFICATION", "RECOMMENDED", "satgas-verifier", at, "36.01", "PEMKAB-36.01", true));

        assertThat(stored).contains("\"synthetic\":true");
        assertThat(json.readValue(stored, CaseStateChanged.class)).isEqualTo(new CaseStateChanged(10, report,
                Action.RECOMMEND, State.UNDER_VERIFICATION, State.RECOMMENDED, "satgas-verifier", at, "36.01",
                "PEMKAB-36.01"));
    }

    @Test
    void theTypedEvent_isWrittenExactlyAsTheStringsWere() {
        for (Action action : Action.values()) {
            String typed = json.writeValueAsString(new CaseStateChanged(9, report, action, State.REPRIMANDED,
                    State.REPRIMANDED, "bkn", at, "36.01", "PEMKAB-36.01"));
            String untyped = json.writeValueAsString(new CurrentUntypedCaseStateChanged(9, report, action.key(),
                    "REPRIMANDED", "REPRIMANDED", "bkn", at, "36.01", "PEMKAB-36.01"));

            assertThat(typed).isEqualTo(untyped);
            assertThat(json.readValue(typed, CaseStateChanged.class).action()).isEqualTo(action);
        }
    }

    @Test
    void anUnknownAction_isRefusedByName() {
        assertThatThrownBy(() -> Action.of("teleport")).hasMessageContaining("teleport");
        assertThat(Action.of("BLOCK_DUE")).isEqualTo(Action.BLOCK_DUE);
        assertThat(Action.of("block-due")).isEqualTo(Action.BLOCK_DUE);
    }
}
