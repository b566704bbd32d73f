// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.shared.PolicyRejectedException;
import id.netra.survey.instrument.Choice;
import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.Question;
import id.netra.survey.instrument.QuestionKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploaded files are told apart by their content, and a file that is no export of the survey is recognised. */
class UploadedTableTests {

    @Test
    void binaryFilesAndOldExcelAreRefusedWithTheirOwnReason() {
        assertThat(key(new byte[0])).isEqualTo("survey.upload.empty");
        assertThat(key("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("survey.upload.not-a-table");
        assertThat(key(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).isEqualTo("survey.upload.not-a-table");
        assertThat(key(new byte[] {'a', ',', 'b', '\n', 0, 1})).isEqualTo("survey.upload.not-a-table");
        assertThat(key(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 1, 2})).isEqualTo("survey.upload.legacy-excel");
        assertThat(key(new byte[] {0x50, 0x4b, 0x03, 0x04, 9, 9, 9})).isEqualTo("survey.upload.unreadable");
    }

    @Test
    void csvIsReadAsUtf8OrElseAsWindows1252WithTheDelimiterItUses() {
        UploadedTable utf8 = UploadedTable.read("\uFEFFkota;nilai\nBekasi;Ya\n".getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.headers()).containsExactly("kota", "nilai");
        UploadedTable legacy = UploadedTable.read("kota,nilai\nCi\u00e9mas,Ya\n".getBytes(Charset.forName("windows-1252")));
        assertThat(legacy.rows().get(0)).containsExactly("Ci\u00e9mas", "Ya");
    }

    @Test
    void aFileIsAnExportOfTheSurveyOnlyIfSomeColumnAnswersOneOfItsQuestions() {
        ResponseReader reader = new ResponseReader(new Instrument("Uji", null, List.of(
                new Question("c", QuestionKind.MULTI, "Penyebab", null, null,
                        List.of(new Choice("kin", "Kerabat", null, null), new Choice("karier", "Karier", null, null))),
                new Question("usia", QuestionKind.NUMERIC, "Usia", null, null, List.of()))));
        assertThat(reader.questionColumns(List.of("nama_sekolah", "jumlah_murid", "name"))).isZero();
        assertThat(reader.questionColumns(List.of("_uuid", "grup/c/kin", "grup/c/karier", "bobot"))).isEqualTo(2);
        assertThat(reader.questionColumns(List.of("c[kin]", "grup-usia"))).isEqualTo(2);
    }

    private static String key(byte[] content) {
        try {
            UploadedTable.read(content);
        } catch (PolicyRejectedException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theCheckHelperFailsOnAcceptedFiles() {
        assertThatThrownBy(() -> key("a\n1\n".getBytes(StandardCharsets.UTF_8))).isInstanceOf(AssertionError.class);
    }
}
