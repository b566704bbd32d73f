// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTests {

    @Test
    void formulaLikeText_isDefused_butNumbersAreNot() {
        assertThat(CsvExport.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("-6.18")).isEqualTo("-6.18");
        assertThat(CsvExport.cell(null)).isEmpty();
        assertThat(CsvExport.cell("Banten")).isEqualTo("Banten");
    }

    @Test
    void output_isUtf8WithByteOrderMarkAndQuoting() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, List.of("code", "name"), List.of(Arrays.asList("36", "Banten, \"Jawara\""),
                Arrays.asList("94", null)));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,name\r\n");
        assertThat(text).contains("36,\"Banten, \"\"Jawara\"\"\"\r\n").endsWith("94,\r\n");
    }
}
