// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.hostile;

import java.util.List;

/** Strings an attacker or a broken client sends: markup, SQL, control characters, scripts, sizes. */
final class HostileStrings {

    private HostileStrings() {
    }

    /** Refused wherever they appear: control characters, bidirectional overrides, a lone surrogate, a NUL byte. */
    static final List<String> FORBIDDEN = List.of(
            "Camat\u0000 berkampanye di balai desa kemarin sore",
            "Camat berkampanye\u0007\u0007 di balai desa kemarin",
            "\u001b[31mCamat berkampanye di balai desa\u001b[0m",
            "Camat berkampanye di \u202Eased ialab\u202C kemarin",
            "Camat berkampanye di balai desa \u2066kemarin\u2069",
            "\uFEFFCamat berkampanye di balai desa kemarin sore",
            "Camat berkampanye di balai desa \uD800 kemarin sore",
            "Camat berkampanye di balai desa \u0085 kemarin sore",
            "Camat berkampanye\r\n\u000B di balai desa kemarin");

    /** Accepted as plain text (it is what a report may legitimately quote) and escaped wherever it is shown. */
    static final List<String> INERT = List.of(
            "<script>alert(document.cookie)</script> di grup WhatsApp guru",
            "<img src=x onerror=alert(1)> dipasang di baliho desa",
            "'; drop table intake.report; -- kata camat di rapat",
            "1' or '1'='1 adalah kata sandi grup kampanye",
            "\" onmouseover=\"alert(1)\" foto bersama calon bupati",
            "{{7*7}} ${7*7} #{7*7} __${7*7}__ ditulis di spanduk",
            "Камат агитирует ٱلْقَائِد 選挙 kampanye di balai desa",
            "%00%2e%2e%2f%2e%2e%2fetc%2fpasswd ditempel di status",
            "javascript:alert(1) ditulis di papan pengumuman",
            "😀👍🏽🇮🇩 emoji dukungan calon di status pegawai",
            "=cmd|' /C calc'!A0 di lembar rekap desa",
            "a\tb\tc kolom tabel rekap suara pegawai dinas");
}
