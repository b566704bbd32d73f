// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.demo;

import static id.netra.intake.demo.DemoReportStory.Evidence.NONE;
import static id.netra.intake.demo.DemoReportStory.Evidence.PDF;
import static id.netra.intake.demo.DemoReportStory.Evidence.PNG;
import static id.netra.intake.demo.DemoReportStory.Evidence.PNG_AND_PDF;

import id.netra.intake.domain.Channel;
import id.netra.intake.submission.ReportSubmission.Person;
import id.netra.intake.submission.ReportSubmission.Reporter;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's reports. Fifteen in Banten, the demo users' scope (eleven naming civil servants of the Pandeglang
 * regency government, the demo PPK's agency), three elsewhere to show scoping. Every name, NIP, reporter and event is
 * invented; every description starts with {@value #LABEL}. The cases module walks each named person's case to a
 * state of its own (see the cases demo); the keys tie the two together.
 */
final class DemoReportStories {

    static final String LABEL = "[DATA SINTETIS]";
    private static final String PANDEGLANG = "PEMKAB-36.01";
    private static final String PILKADA = "PILKADA-2024";
    private static final Reporter ANONYMOUS = new Reporter("ANONYMOUS", null, null, null, null);

    private DemoReportStories() {
    }

    static List<DemoReportStory> all() {
        return List.of(
                story("D01", Channel.PUBLIC_WEB, ANONYMOUS, "36.01", "DS-2", 0,
                        "Kecamatan Labuan",
                        "Guru SD negeri membagikan poster pasangan calon bupati di grup WhatsApp wali murid dan "
                                + "mengajak orang tua memilihnya.",
                        List.of(pandeglang("Siti Rahmawati", "198703152010012004", "FUNGSIONAL", "Guru SD Negeri")),
                        PNG, "9000000000000001", null),
                story("D02", Channel.PUBLIC_WEB, confidential("Pelapor Sintetis Dua", "081200000002"), "36.01",
                        "DS-6", 2, "Kecamatan Menes",
                        "Camat menyukai dan mengomentari unggahan akun tim pemenangan di Facebook, lalu membagikan "
                                + "ulang video kampanye ke halaman kecamatan.",
                        List.of(pandeglang("Ahmad Fauzi", "197905202005011003", "ADMINISTRATOR", "Camat")),
                        PDF, "9000000000000002",
                        "Terima kasih. Laporan Anda sedang dikaji oleh Bawaslu Kabupaten Pandeglang; kami akan "
                                + "menghubungi Anda bila perlu keterangan tambahan."),
                story("D03", Channel.PUBLIC_API, ANONYMOUS, "36.71", "KE-5", 5, "Kelurahan Cikokol",
                        "Staf kelurahan berfoto bersama bakal calon wali kota dan tim suksesnya, foto diunggah ke "
                                + "Instagram pribadi dengan keterangan dukungan.",
                        List.of(new Person("Dedi Kurniawan", "198211102009031002", "PEMKOT-36.71", null,
                                "PELAKSANA", "Staf Kelurahan")),
                        NONE, "9000000000000003", null),
                // one report, three civil servants: Bawaslu forwards two cases and stops the third
                story("D04", Channel.PUBLIC_WEB, confidential("Pelapor Sintetis Empat", "081200000004"), "36.01",
                        "DS-4", 6, "Lapangan Alun-alun Pandeglang",
                        "Tiga ASN Pemkab hadir di panggung kampanye terbuka: seorang guru SMP berorasi, seorang "
                                + "bidan puskesmas membagikan kaus paslon, seorang staf dinas ikut berjoget di depan.",
                        List.of(pandeglang("Rina Marlina", "198512012011012005", "FUNGSIONAL", "Guru SMP Negeri"),
                                pandeglang("Nurul Hidayah", "199001252015032001", "FUNGSIONAL", "Bidan Puskesmas"),
                                pandeglang("Joko Susilo", "197710102003121004", "PELAKSANA", "Staf Dinas")),
                        PNG_AND_PDF, "9000000000000004",
                        "Dua dari tiga ASN yang Anda laporkan telah diteruskan ke BKN untuk diperiksa."),
                story("D05", Channel.BAWASLU_FINDING, ANONYMOUS, "36.73", "DS-12", 6, "Kantor Dinas, Kota Serang",
                        "Temuan pengawas: kepala dinas provinsi menerbitkan surat edaran yang mengarahkan bantuan "
                                + "sosial hanya ke desa basis pendukung satu pasangan calon gubernur.",
                        List.of(new Person("Hendra Saputra", "197612182002121003", "PEMPROV-36", null, "JPT_PRATAMA",
                                "Kepala Dinas")),
                        PDF, null, null),
                story("D07", Channel.PUBLIC_WEB, ANONYMOUS, "36.01", "KE-4", 17, "Sekretariat DPRD Pandeglang",
                        "Staf sekretariat dewan bergabung sebagai admin grup Telegram relawan bakal calon dan rutin "
                                + "mengirim materi sosialisasi pada jam kerja.",
                        List.of(pandeglang("Yusuf Maulana", "199203142019031004", "PELAKSANA",
                                "Staf Sekretariat DPRD")),
                        NONE, "9000000000000007", null),
                story("D08", Channel.PUBLIC_WEB, ANONYMOUS, "36.01", "DS-12", 26, "Kecamatan Cibaliung",
                        "Camat memerintahkan kepala desa memasang baliho petahana di kantor desa dan mengancam "
                                + "menunda pencairan dana desa bila menolak.",
                        List.of(pandeglang("Bambang Sutrisno", "197408082000031002", "ADMINISTRATOR", "Camat")),
                        PNG, "9000000000000008", null),
                story("D09", Channel.PUBLIC_WEB, confidential("Pelapor Sintetis Sembilan", "081200000009"), "36.01",
                        "DS-7", 28, "Kelurahan Kadomas",
                        "Lurah mengunggah foto dirinya berseragam dinas sambil mengacungkan simbol jari nomor urut "
                                + "paslon di depan mobil kampanye.",
                        List.of(pandeglang("Dewi Lestari", "198806062012122003", "PENGAWAS", "Lurah")),
                        PNG, "9000000000000009",
                        "Rekomendasi sanksi telah disampaikan kepada PPK. Karena belum ditindaklanjuti, BKN telah "
                                + "menegur PPK."),
                story("D10", Channel.BAWASLU_FINDING, ANONYMOUS, "36.71", "DS-6", 40, "Kecamatan Karawaci",
                        "Temuan patroli siber: kepala seksi kecamatan mengelola akun pemenangan calon wali kota "
                                + "dan memposting ulang konten kampanye berkali-kali.",
                        List.of(new Person("Agus Setiawan", "198001012006041001", "PEMKOT-36.71", null, "PENGAWAS",
                                "Kepala Seksi")),
                        NONE, null, null),
                story("D11", Channel.PUBLIC_WEB, open("Pelapor Sintetis Sebelas", "081200000011",
                                "pelapor11@demo.invalid"), "36.01", "DS-2", 22, "Desa Cikeusik",
                        "Penyuluh pertanian memakai pertemuan kelompok tani untuk siaran langsung kampanye calon "
                                + "bupati di TikTok dan meminta petani ikut menonton.",
                        List.of(pandeglang("Eko Prasetyo", "198304042008011005", "FUNGSIONAL",
                                "Penyuluh Pertanian")),
                        PNG, "9000000000000011", null),
                story("D12", Channel.PUBLIC_WEB, ANONYMOUS, "36.01", "DS-6", 20, "Kecamatan Saketi",
                        "Staf kecamatan menulis komentar dukungan di unggahan resmi akun pemenangan salah satu "
                                + "pasangan calon, kemudian menghapusnya.",
                        List.of(pandeglang("Wahyu Hidayat", "198909092014021006", "PELAKSANA", "Staf Kecamatan")),
                        NONE, "9000000000000012", null),
                story("D13", Channel.PUBLIC_WEB, ANONYMOUS, "36.01", "KE-5", 9, "Puskesmas Pagelaran",
                        "Perawat puskesmas terlihat dalam foto bersama bakal calon di acara pernikahan warga; "
                                + "pelapor menduga foto itu disebarkan sebagai dukungan.",
                        List.of(pandeglang("Lina Marlina", "199107072017012002", "FUNGSIONAL", "Perawat")),
                        PNG, "9000000000000013", null),
                // the KASN era: received before the 2024 handover to BKN
                story("D15", Channel.PUBLIC_WEB, ANONYMOUS, "36.01", "DS-4", LocalDate.of(2024, 2, 5),
                        "Kecamatan Mandalawangi",
                        "Sekretaris camat menjadi pembawa acara kampanye calon anggota legislatif di lapangan desa "
                                + "pada masa kampanye Pemilu 2024.",
                        List.of(pandeglang("Rudi Hartono", "197512122001121002", "ADMINISTRATOR",
                                "Sekretaris Camat")),
                        "PEMILU-2024", NONE, "9000000000000015"),
                story("D16", Channel.PUBLIC_WEB, ANONYMOUS, "36.04", "DS-2", LocalDate.of(2024, 8, 26),
                        "Kecamatan Ciruas",
                        "Guru SMA negeri membuat konten video dukungan bakal calon bupati Serang dan mengirimkannya "
                                + "ke grup kelas siswa.",
                        List.of(new Person("Sri Wahyuni", "198602022010012003", "PEMKAB-36.04", null, "FUNGSIONAL",
                                "Guru SMA Negeri")),
                        PILKADA, NONE, "9000000000000016"),
                // a second reporter names the camat of D08 again: the shared NIP raises a duplicate flag
                story("D20", Channel.PUBLIC_WEB, ANONYMOUS, "36.01", "DS-12", 1, "Desa Sukajadi, Cibaliung",
                        "Kepala desa mengaku ditekan camat agar perangkat desa mendata warga pendukung petahana; "
                                + "rekaman pembicaraan ada pada pelapor.",
                        List.of(pandeglang("Bambang Sutrisno", "197408082000031002", "ADMINISTRATOR", "Camat")),
                        NONE, "9000000000000020", null),
                // elsewhere: outside the Banten demo users' scope
                story("D17", Channel.PUBLIC_WEB, ANONYMOUS, "32.01", "DS-2", 10, "Kecamatan Cibinong",
                        "Guru sekolah dasar di Bogor menyiarkan ajakan memilih calon bupati lewat kanal YouTube "
                                + "sekolah.",
                        List.of(new Person("Asep Sunandar", "198105052007011007", "PEMKAB-32.01", null, "FUNGSIONAL",
                                "Guru SD Negeri")),
                        NONE, "9000000000000017", null),
                story("D18", Channel.PUBLIC_WEB, ANONYMOUS, "33.74", "DS-6", 30, "Kelurahan Tembalang",
                        "Staf kelurahan di Semarang mengikuti dan aktif membagikan isi akun relawan calon wali kota "
                                + "dari ponsel dinas.",
                        List.of(new Person("Sugeng Riyadi", "197806062003121005", "PEMKOT-33.74", null, "PELAKSANA",
                                "Staf Kelurahan")),
                        NONE, "9000000000000018", null),
                story("D19", Channel.PUBLIC_WEB, ANONYMOUS, "35.07", "KE-2", 1, "Kecamatan Kepanjen",
                        "Dokter puskesmas di Malang mempromosikan bakal calon bupati dalam siaran podcast kesehatan "
                                + "yang dibiayai dinas.",
                        List.of(new Person("Made Wirawan", "198403032009031008", "PEMKAB-35.07", null, "FUNGSIONAL",
                                "Dokter Puskesmas")),
                        NONE, "9000000000000019", null));
    }

    private static DemoReportStory story(String key, Channel channel, Reporter reporter, String region,
            String violation, int daysAgo, String place, String text, List<Person> persons,
            DemoReportStory.Evidence evidence, String receipt, String message) {
        return new DemoReportStory(key, channel, reporter, PILKADA, region, violation, daysAgo, null, place,
                LABEL + " " + text, persons, evidence, receipt, message);
    }

    private static DemoReportStory story(String key, Channel channel, Reporter reporter, String region,
            String violation, LocalDate on, String place, String text, List<Person> persons, String election,
            DemoReportStory.Evidence evidence, String receipt) {
        return new DemoReportStory(key, channel, reporter, election, region, violation, 0, on, place,
                LABEL + " " + text, persons, evidence, receipt, null);
    }

    private static Person pandeglang(String name, String nip, String positionClass, String title) {
        return new Person(name, nip, PANDEGLANG, null, positionClass, title);
    }

    private static Reporter confidential(String name, String phone) {
        return new Reporter("CONFIDENTIAL", name, null, phone, null);
    }

    private static Reporter open(String name, String phone, String email) {
        return new Reporter("OPEN", name, null, phone, email);
    }
}
