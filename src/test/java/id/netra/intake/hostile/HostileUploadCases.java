// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.hostile;

import static id.netra.intake.hostile.HostileCase.refused;
import static id.netra.intake.hostile.HostileCase.tolerated;

import id.netra.intake.support.PublicApi.Submitted;
import id.netra.intake.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.mock.web.MockMultipartFile;

/** Evidence uploads: content that contradicts its name, bombs, broken files, traversal names, bad receipts. */
final class HostileUploadCases {

    private HostileUploadCases() {
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "image/jpeg", content);
    }

    static List<HostileCase> all(Submitted existing) {
        String receipt = existing.receipt();
        String path = "/api/v1/reports/" + existing.reportId() + "/evidence";
        List<HostileCase> cases = new ArrayList<>();
        List<Object[]> contradicting = List.of(
                new Object[] {"foto-kampanye.jpg", TestFiles.windowsExecutable()},
                new Object[] {"bukti.png", TestFiles.htmlPage()},
                new Object[] {"surat.pdf", "alert(document.cookie)".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"video.mp4", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}},
                new Object[] {"gambar.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8)},
                new Object[] {"foto.jpeg", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
                new Object[] {"rekaman.mov", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"dokumen.pdf", "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8)});
        for (Object[] upload : contradicting) {
            cases.add(refused("content contradicting the name " + upload[0],
                    api -> api.multipart(path, file((String) upload[0], (byte[]) upload[1])).header("X-Receipt",
                            receipt)));
        }
        cases.add(refused("decompression bomb", api -> api.multipart(path, file("kecil.png", TestFiles.pngBomb()))
                .header("X-Receipt", receipt)));
        cases.add(refused("truncated JPEG", api -> api.multipart(path, file("rusak.jpg",
                Arrays.copyOf(TestFiles.plainJpeg(), 200))).header("X-Receipt", receipt)));
        cases.add(refused("empty file", api -> api.multipart(path, file("kosong.jpg", new byte[0]))
                .header("X-Receipt", receipt)));
        cases.add(refused("file over the size limit", api -> api.multipart(path,
                file("besar.mp4", new byte[3 * 1024 * 1024])).header("X-Receipt", receipt)));
        cases.add(refused("eleven files", api -> {
            MockMultipartFile[] files = new MockMultipartFile[11];
            Arrays.fill(files, file("a.pdf", TestFiles.minimalPdf()));
            return api.multipart(path, files).header("X-Receipt", receipt);
        }));
        cases.add(refused("one good file with one bad", api -> api.multipart(path,
                file("ok.pdf", TestFiles.minimalPdf()), file("bad.jpg", TestFiles.windowsExecutable()))
                .header("X-Receipt", receipt)));
        cases.add(refused("no receipt", api -> api.multipart(path, file("a.pdf", TestFiles.minimalPdf()))));
        cases.add(refused("wrong receipt", api -> api.multipart(path, file("a.pdf", TestFiles.minimalPdf()))
                .header("X-Receipt", "0000000000000000")));
        cases.add(refused("receipt for another report id", api -> api.multipart("/api/v1/reports/"
                + UUID.randomUUID() + "/evidence", file("a.pdf", TestFiles.minimalPdf())).header("X-Receipt",
                receipt)));
        cases.add(refused("report id that is not a uuid", api -> api.multipart("/api/v1/reports/..%2F..%2Fetc/evidence",
                file("a.pdf", TestFiles.minimalPdf())).header("X-Receipt", receipt)));
        cases.add(refused("no files at all", api -> api.multipart("/api/v1/reports/evidence").param("receipt",
                receipt)));
        cases.add(refused("files under another part name", api -> api.multipart("/api/v1/reports/evidence",
                new MockMultipartFile("upload", "a.pdf", "application/pdf", TestFiles.minimalPdf()))
                .param("receipt", receipt)));
        for (String name : List.of("../../etc/passwd.pdf", "..\\..\\boot.ini.pdf", "/etc/shadow.pdf",
                "C:\\Windows\\System32\\x.pdf", "a.pdf\u0000.exe", "%2e%2e%2f%2e%2e%2fa.pdf",
                "n".repeat(10_000) + ".pdf", "\u202Efdp.exe", ".htaccess")) {
            cases.add(tolerated("traversal file name " + HostileJsonCases.abbreviate(name),
                    api -> api.multipart("/api/v1/reports/evidence", new MockMultipartFile("files", name,
                            "application/pdf", uniquePdf())).param("receipt", receipt)));
        }
        return cases;
    }

    static byte[] uniquePdf() {
        return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
