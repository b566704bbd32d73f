// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.shared.web.DecisionBinding;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

class DecisionTests {

    @Test
    void and_stopsAtTheFirstRejection() {
        AtomicBoolean secondRan = new AtomicBoolean();
        Decision decision = Decision.reject("first").and(() -> {
            secondRan.set(true);
            return Decision.reject("second");
        });
        assertThat(decision.reasons()).extracting(Decision.Reason::messageKey).containsExactly("first");
        assertThat(secondRan).isFalse();
        assertThat(Decision.allow().and(() -> Decision.reject("second")).reasons())
                .extracting(Decision.Reason::messageKey).containsExactly("second");
    }

    @Test
    void all_gathersEveryReasonInOrder_andIsAllowedOnlyWhenEveryCheckIs() {
        assertThat(Decision.all(Decision.allow(), Decision.allow()).allowed()).isTrue();
        Decision decision = Decision.all(Decision.rejectField("nip", "a"), Decision.allow(), Decision.reject("b", 3));
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reasons()).extracting(Decision.Reason::messageKey).containsExactly("a", "b");
        assertThat(decision.reasons().get(1).argArray()).containsExactly(3);
    }

    @Test
    void orThrow_carriesTheReasons() {
        Decision.allow().orThrow();
        assertThatThrownBy(() -> Decision.when(false, "x.y", "arg").orThrow())
                .isInstanceOfSatisfying(PolicyRejectedException.class,
                        e -> assertThat(e.reasons()).extracting(Decision.Reason::messageKey).containsExactly("x.y"));
    }

    @Test
    void binding_putsFieldReasonsAtTheirFieldAndOthersAboveTheForm() {
        MapBindingResult errors = new MapBindingResult(Map.of("nip", "123"), "form");
        boolean rejected = DecisionBinding.bind(
                Decision.all(Decision.rejectField("nip", "nip.invalid"), Decision.reject("form.stale")), errors);
        assertThat(rejected).isTrue();
        assertThat(errors.getFieldError("nip").getCode()).isEqualTo("nip.invalid");
        assertThat(errors.getGlobalError().getCode()).isEqualTo("form.stale");
        assertThat(DecisionBinding.bind(Decision.allow(), new MapBindingResult(Map.of(), "f"))).isFalse();
    }
}
