// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "IMG_0001.jpg                 | IMG_0001.jpg",
        "../../etc/passwd             | passwd",
        "..\\..\\windows\\win.ini     | win.ini",
        "/var/lib/netra/evidence/x.pdf | x.pdf",
        ".htaccess                    | htaccess",
        "foto<script>.png             | foto_script_.png",
        "../                          | berkas",
        "''                           | berkas"
    })
    void uploadedName_isReducedToASafeDisplayName(String uploaded, String expected) {
        assertThat(FileNames.display(uploaded)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAndOverlongNames_areRemoved() {
        assertThat(FileNames.display("bukti\u0000\u202E.gpj.exe")).isEqualTo("bukti.gpj.exe");
        assertThat(FileNames.display("a".repeat(10_000) + ".jpg")).hasSize(FileNames.MAX_LENGTH);
        assertThat(FileNames.display(null)).isEqualTo("berkas");
    }
}
