// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ahmad Sobari                 | ahmad sobari",
        "  AHMAD   SOBARI  |            ahmad sobari",
        "Drs. H. Ahmad Sobari, M.Si.  | ahmad sobari",
        "Dr.Ir.Ahmad Sobari           | ahmad sobari",
        "Hj. Siti Nurhaliza, S.Pd.    | siti nurhaliza",
        "Bapak Ahmad Sobari           | ahmad sobari",
        "M. Yusuf                     | m yusuf",
        "Andréa Sémbiring             | andrea sembiring",
        "Dr.                          | dr"
    })
    void titlesCaseAccentsAndSpacing_doNotChangeTheNormalisedName(String typed, String expected) {
        assertThat(PersonNames.normalise(typed)).isEqualTo(expected);
    }
}
