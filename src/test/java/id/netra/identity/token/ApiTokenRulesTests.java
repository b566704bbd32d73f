// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a new token and the shape of its secret, without Spring. */
class ApiTokenRulesTests {

    private final ApiTokenRules rules = new ApiTokenRules();

    @Test
    void aNamedTokenWithinAYear_isAllowed_andTheExpiryMayBeLeftToTheDefault() {
        assertThat(rules.checkNew("Rekap harian SIMPEG", 90).allowed()).isTrue();
        assertThat(rules.checkNew("x", null).allowed()).isTrue();
        assertThat(rules.checkNew("x", 1).allowed()).isTrue();
        assertThat(rules.checkNew("x", 365).allowed()).isTrue();
    }

    @Test
    void everyMistake_isReportedAtItsField() {
        Decision decision = rules.checkNew("  ", 366);

        assertThat(decision.reasons()).extracting(Decision.Reason::field).containsExactly("name", "expiresInDays");
        assertThat(decision.reasons()).extracting(Decision.Reason::messageKey)
                .containsExactly("identity.token.name.required", "identity.token.expiry.range");
        assertThat(rules.checkNew("x", 0).rejected()).isTrue();
        assertThat(rules.checkNew("x".repeat(101), 30).reasons()).extracting(Decision.Reason::messageKey)
                .containsExactly("identity.token.name.length");
        assertThat(rules.checkNew("a\u0000b", 30).rejected()).isTrue();
        assertThat(rules.checkNew("abc\u202Edef", 30).rejected()).isTrue();
    }

    @Test
    void aTokenCannotCreateAToken() {
        assertThat(rules.checkCreatedWithPassword(true).reasons()).extracting(Decision.Reason::messageKey)
                .containsExactly("identity.token.create-needs-password");
        assertThat(rules.checkCreatedWithPassword(false).allowed()).isTrue();
    }

    @Test
    void secrets_are256RandomBits_recognisedByShape_andHashedToHex() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = ApiTokenSecrets.generate();
            assertThat(secret).startsWith("netra_").hasSize(ApiTokenSecrets.LENGTH);
            assertThat(ApiTokenSecrets.wellFormed(secret)).isTrue();
            assertThat(seen.add(secret)).isTrue();
        }
        String secret = seen.iterator().next();
        assertThat(ApiTokenSecrets.prefix(secret)).hasSize(14).isEqualTo(secret.substring(0, 14));
        assertThat(ApiTokenSecrets.hash(secret)).matches("[0-9a-f]{64}").isEqualTo(ApiTokenSecrets.hash(secret));
        assertThat(ApiTokenSecrets.wellFormed(null)).isFalse();
        assertThat(ApiTokenSecrets.wellFormed("netra_short")).isFalse();
        assertThat(ApiTokenSecrets.wellFormed(secret.substring(0, 48) + "!")).isFalse();
        assertThat(ApiTokenSecrets.wellFormed("other_" + secret.substring(6))).isFalse();
        // the SHA-256 of "abc", a published test vector
        assertThat(ApiTokenSecrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
