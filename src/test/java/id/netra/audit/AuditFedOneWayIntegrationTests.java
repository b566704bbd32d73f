// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.audit.chain.AuditChainVerifier;
import id.netra.identity.Role;
import id.netra.identity.account.AccountAdministration;
import id.netra.identity.account.AccountDetails;
import id.netra.survey.notes.FocusGroupNotes;
import id.netra.survey.notes.ThemeInput;
import id.netra.testing.NetraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way the trail is fed, end to end on PostgreSQL: a module publishes its audit event inside its change's
 * transaction, the audit module writes it there, and the two commit together; when the audit row cannot be written,
 * the change is not made either. The failure is real: a trigger on {@code audit.entry} refuses the insert for one
 * actor, as a full disk or a broken chain lock would, and every other writer is untouched.
 */
@NetraIntegrationTest
class AuditFedOneWayIntegrationTests {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    FocusGroupNotes notes;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    String refusedActor;

    @BeforeEach
    void refuseAuditRowsOfOneActor() {
        refusedActor = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                create or replace function audit.refuse_for_test() returns trigger language plpgsql as $$
                begin
                    if new.actor = '%s' then
                        raise exception 'audit entry refused for this test';
                    end if;
                    return new;
                end;
                $$""".formatted(refusedActor)).update();
        jdbc.sql("create trigger entry_refused_for_test before insert on audit.entry "
                + "for each row execute function audit.refuse_for_test()").update();
    }

    @AfterEach
    void dropTheRefusal() {
        jdbc.sql("drop trigger if exists entry_refused_for_test on audit.entry").update();
        jdbc.sql("drop function if exists audit.refuse_for_test()").update();
    }

    @Test
    void identity_accountAndItsAuditRow_commitTogether() {
        String username = "one-way-" + UUID.randomUUID().toString().substring(0, 8);

        accounts.create(username, analyst(), null, true, "admin");

        assertThat(accountExists(username)).isTrue();
        assertThat(jdbc.sql("select details from audit.entry where action = 'identity.account.created' "
                        + "and subject_type = 'user' and subject_id = ? and actor = 'admin'").param(username)
                .query(String.class).list())
                .singleElement().asString().contains("\"role\":\"ANALYST\"").doesNotContain("password\":\"");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void identity_whenTheAuditRowCannotBeWritten_theAccountIsNotCreated() {
        String username = "not-made-" + UUID.randomUUID().toString().substring(0, 8);
        long before = lastSequence();

        assertThatThrownBy(() -> accounts.create(username, analyst(), null, true, refusedActor))
                .hasStackTraceContaining("audit entry refused for this test");

        assertThat(accountExists(username)).isFalse();
        assertThat(entriesSince(before, refusedActor)).isZero();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void survey_themeAndItsAuditRow_commitTogether_orNeither() {
        String kept = "Tema tercatat " + UUID.randomUUID().toString().substring(0, 8);
        String refused = "Tema tanpa audit " + UUID.randomUUID().toString().substring(0, 8);

        long id = notes.addTheme(new ThemeInput(kept, null), "admin").id();
        assertThatThrownBy(() -> notes.addTheme(new ThemeInput(refused, null), refusedActor))
                .hasStackTraceContaining("audit entry refused for this test");

        assertThat(themes(kept)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'survey-theme.added' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(themes(refused)).isZero();
    }

    private static AccountDetails analyst() {
        return new AccountDetails("Analis Uji Audit", "analis.audit@netra.test", Role.ANALYST, null, null);
    }

    private boolean accountExists(String username) {
        return jdbc.sql("select count(*) from identity.user_account where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    private long themes(String label) {
        return jdbc.sql("select count(*) from survey.theme where label = ?").param(label).query(Long.class).single();
    }

    private long lastSequence() {
        return jdbc.sql("select coalesce(max(sequence_number), 0) from audit.entry").query(Long.class).single();
    }

    private long entriesSince(long sequence, String actor) {
        return jdbc.sql("select count(*) from audit.entry where sequence_number > ? and actor = ?").param(sequence)
                .param(actor).query(Long.class).single();
    }
}
