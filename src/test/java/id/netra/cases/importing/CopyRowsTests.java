// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The COPY text the importer sends, and the quick row count of a CSV file. */
class CopyRowsTests {

    @Test
    void valuesAreEscapedForCopy_andNullIsSqlNull() {
        CopyRows rows = new CopyRows("cases.case_transition", List.of("case_id", "reason", "document_refs"));
        rows.row().add(7L).add("baris\tsatu\nbaris\r dua \\ akhir")
                .add(CaseBatchWriter.arrayLiteral(List.of("800/1/2020", "SK \"A\", B")));
        rows.row().add(8L).add(null).add("{}");

        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.statement())
                .isEqualTo("copy cases.case_transition (case_id, reason, document_refs) from stdin");
        assertThat(rows.text()).isEqualTo("7\tbaris\\tsatu\\nbaris\\r dua \\\\ akhir\t"
                + "{\"800/1/2020\",\"SK \\\\\"A\\\\\", B\"}\n" + "8\t\\N\t{}\n");
    }

    @Test
    void aRowWithTooFewValuesIsRefused() {
        CopyRows rows = new CopyRows("t", List.of("a", "b"));
        rows.row().add(1);
        assertThatThrownBy(rows::text).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void csvRecordsAreCounted_skippingBlankLines_andLineBreaksInsideQuotes() throws Exception {
        String csv = "external_id,reason\r\nA-1,\"dua\nbaris\"\r\n\r\nA-2,x\n\nA-3,\"koma, \"\"kutip\"\"\"";
        assertThat(CaseImportFile.countCsvRecords(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(4);
        assertThat(CaseImportFile.countCsvRecords(new ByteArrayInputStream(new byte[0]))).isZero();
    }
}
