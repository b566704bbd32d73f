// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import static id.netra.cases.letters.LetterPdf.INDONESIAN_DATE;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseNumber;
import id.netra.cases.domain.HolderType;
import id.netra.cases.domain.policy.SanctionConsistencyPolicy;
import id.netra.reference.Agency;
import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the text of the recommendation and reprimand letters, in Bahasa Indonesia. */
final class LetterComposer {

    /** PP 94/2021 replaced PP 53/2010 on 31 Aug 2021. */
    private static final LocalDate PP_94_2021_FROM = LocalDate.of(2021, 8, 31);

    /** "Pemerintah Kabupaten Pandeglang" → "Pandeglang": the part a PPK's title is followed by. */
    private static final Pattern REGIONAL_GOVERNMENT = Pattern.compile(
            "(?i)Pemerintah\\s+(?:Kabupaten|Kota|Provinsi)\\s+(.+)");

    private LetterComposer() {
    }

    static LetterContent recommendation(Case c, String office, String number, LocalDate issuedOn,
            Optional<Agency> agency, Optional<ViolationForm> violation, String electionName,
            LetterAuthorities.Authority authority) {
        String caseNumber = CaseNumber.of(c);
        List<String> paragraphs = List.of(
                "Berdasarkan hasil verifikasi dan pemeriksaan atas laporan dugaan pelanggaran netralitas Aparatur "
                        + "Sipil Negara dalam perkara " + caseNumber + ", dengan ini kami sampaikan bahwa pegawai "
                        + "dengan data di bawah ini terbukti melakukan pelanggaran netralitas.",
                basisOfRecommendation(c) + ", kami merekomendasikan agar Saudara selaku Pejabat Pembina "
                        + "Kepegawaian menjatuhkan " + levelLabel(c.proposedLevel()) + " kepada pegawai tersebut.",
                "Kami minta rekomendasi ini ditindaklanjuti paling lambat tanggal " + date(deadline(c))
                        + " dan keputusan penjatuhan sanksi dicatat dalam Netra." + deadlineNature(c)
                        + " Apabila sampai batas waktu tersebut rekomendasi belum ditindaklanjuti, BKN dapat "
                        + "melakukan tindakan pengendalian berupa teguran dan/atau pemblokiran data kepegawaian "
                        + "yang bersangkutan di SIASN.",
                "Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.");
        return new LetterContent(authority.letterhead(), authority.address(), number, issuedOn,
                "Rekomendasi Penjatuhan Sanksi atas Pelanggaran Netralitas ASN", recipient(c, agency), paragraphs,
                facts(c, caseNumber, violation, electionName), copies(office), authority.signatoryTitle(),
                authority.signatoryName(), authority.signatoryNip(), synthetic(c));
    }

    static LetterContent reprimand(Case c, String number, LocalDate issuedOn, Optional<Agency> agency,
            Optional<ViolationForm> violation, Optional<String> recommendationNumber, LocalDate ppkDeadline,
            String electionName, LetterAuthorities.Authority authority) {
        String caseNumber = CaseNumber.of(c);
        List<String> paragraphs = List.of(
                "Menunjuk rekomendasi penjatuhan sanksi " + recommendationNumber.map(n -> "nomor " + n + " ")
                        .orElse("") + "dalam perkara " + caseNumber + " atas nama pegawai dengan data di bawah ini, "
                        + "sampai dengan batas waktu tanggal " + date(ppkDeadline) + " rekomendasi tersebut belum "
                        + "ditindaklanjuti.",
                "Dengan ini kami memberikan teguran kepada Saudara selaku Pejabat Pembina Kepegawaian.",
                "Kami minta Saudara menjatuhkan sanksi sesuai rekomendasi dan mencatat keputusannya dalam Netra "
                        + "paling lambat tanggal " + date(deadline(c)) + "." + deadlineNature(c)
                        + " Apabila teguran ini tidak ditindaklanjuti, data kepegawaian pegawai yang bersangkutan di "
                        + "SIASN dapat diblokir sampai Saudara menindaklanjutinya.",
                "Demikian teguran ini disampaikan untuk segera dilaksanakan.");
        return new LetterContent(authority.letterhead(), authority.address(), number, issuedOn,
                "Teguran atas Belum Ditindaklanjutinya Rekomendasi Sanksi Netralitas ASN", recipient(c, agency),
                paragraphs, facts(c, caseNumber, violation, electionName), copies("BKN"),
                authority.signatoryTitle(), authority.signatoryName(), authority.signatoryNip(), synthetic(c));
    }

    private static List<String> recipient(Case c, Optional<Agency> agency) {
        String agencyName = agency.map(Agency::name).orElse(c.person().agencyName());
        String title = agency.map(Agency::ppkTitle).orElse("Pejabat Pembina Kepegawaian");
        return List.of(addressee(title, agencyName), "selaku Pejabat Pembina Kepegawaian", "di tempat");
    }

    /**
     * As people write it: "Bupati Pandeglang", "Wali Kota Tangerang", "Gubernur Banten", not "Bupati Pemerintah
     * Kabupaten Pandeglang"; a central agency keeps its name ("Kepala Badan Pusat Statistik").
     */
    static String addressee(String ppkTitle, String agencyName) {
        String name = agencyName == null ? "" : agencyName.strip();
        Matcher regional = REGIONAL_GOVERNMENT.matcher(name);
        if (regional.matches()) {
            name = regional.group(1);
        }
        return (ppkTitle + " " + name).strip();
    }

    private static List<String[]> facts(Case c, String caseNumber, Optional<ViolationForm> violation,
            String electionName) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Nomor perkara", caseNumber});
        facts.add(new String[] {"Nama", c.person().name()});
        facts.add(new String[] {"NIP", c.person().nip()});
        facts.add(new String[] {"Jabatan", c.person().positionTitle()});
        facts.add(new String[] {"Instansi", c.person().agencyName()});
        facts.add(new String[] {"Pemilihan", electionName == null ? c.electionCode() : electionName});
        facts.add(new String[] {"Pelanggaran", c.violationCode() + violation.map(v -> " — " + v.description())
                .orElse("")});
        facts.add(new String[] {"Tingkat sanksi", levelLabel(c.proposedLevel())});
        return facts;
    }

    private static List<String> copies(String office) {
        List<String> copies = new ArrayList<>(List.of("Menteri Dalam Negeri", "Menteri Pendayagunaan Aparatur "
                + "Negara dan Reformasi Birokrasi", "Ketua Badan Pengawas Pemilihan Umum"));
        if (!office.equals("BKN")) {
            copies.add(0, "Kepala Badan Kepegawaian Negara");
        }
        return copies;
    }

    static String levelLabel(SanctionLevel level) {
        if (level == null) {
            return "sanksi sesuai ketentuan";
        }
        return switch (level) {
            case MORAL -> "sanksi moral (pernyataan secara tertutup atau terbuka)";
            case LIGHT -> "hukuman disiplin ringan";
            case MEDIUM -> "hukuman disiplin sedang";
            case HEAVY -> "hukuman disiplin berat";
            case DISMISSAL -> "pemberhentian tidak dengan hormat";
        };
    }

    /**
     * The SKB of 22 Sep 2022 maps violation forms to sanction levels only for incidents from its date; an earlier
     * incident's letter cites the discipline regulation in force on the incident date instead.
     */
    static String basisOfRecommendation(Case c) {
        if (SanctionConsistencyPolicy.skbMappingApplies(c.occurredOn())) {
            return "Sesuai pemetaan dalam Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas "
                    + "Pegawai ASN (2022)";
        }
        String regulation = c.occurredOn().isBefore(PP_94_2021_FROM) ? "PP 53/2010 tentang Disiplin PNS"
                : "PP 94/2021 tentang Disiplin PNS";
        return "Berdasarkan ketentuan disiplin yang berlaku pada tanggal kejadian (" + regulation + ")";
    }

    /** No regulation sets the PPK's follow-up period: the letter says so instead of presenting it as statutory. */
    static String deadlineNature(Case c) {
        if (c.deadline() == null || c.deadline().statutory()) {
            return "";
        }
        return " Batas waktu ini adalah batas waktu pemantauan yang ditetapkan dalam Netra, bukan batas waktu yang "
                + "diatur dalam peraturan perundang-undangan.";
    }

    private static LocalDate deadline(Case c) {
        return c.deadline() == null ? null : c.deadline().due();
    }

    private static String date(LocalDate day) {
        return day == null ? "-" : INDONESIAN_DATE.format(day);
    }

    private static boolean synthetic(Case c) {
        return c.synthetic();
    }
}
