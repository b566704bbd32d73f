// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.demo;

import id.netra.cases.application.CaseChangeRecorder;
import id.netra.cases.application.KasnHandover;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.HolderType;
import id.netra.cases.persistence.CaseRepository;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic cases so that every demo user's queues have work on first start: a dozen in Banten (most naming civil
 * servants of the Pandeglang regency government, the demo PPK's agency) in every stage, a few elsewhere to show
 * scoping, and two from the KASN era to show the 2024 handover. Dates are relative to today. Written once: a
 * restart finds them and adds nothing. Only with {@code netra.demo.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "netra.demo.enabled", havingValue = "true")
class CaseDemoData {

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);
    private static final String PANDEGLANG = "PEMKAB-36.01";
    private static final String PANDEGLANG_NAME = "Pemerintah Kabupaten Pandeglang";

    private final DemoCaseWriter writer;
    private final KasnHandover handover;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate tx;
    private final Clock clock;

    CaseDemoData(CaseRepository cases, CaseChangeRecorder recorder, DeadlineSchedule schedule,
            ViolationCatalogue violations, SanctionCatalogue sanctions, KasnHandover handover,
            WorkingDayCalendar calendar, PlatformTransactionManager transactions, Clock clock) {
        this.writer = new DemoCaseWriter(cases, recorder, schedule, violations, sanctions);
        this.handover = handover;
        this.calendar = calendar;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        for (BooleanSupplier story : stories(today)) {
            written += Boolean.TRUE.equals(tx.execute(status -> story.getAsBoolean())) ? 1 : 0;
        }
        if (written > 0) {
            tx.executeWithoutResult(status -> handover.handOver("admin"));
        }
        log.info("Demo cases: {} synthetic case(s) written", written);
    }

    private List<BooleanSupplier> stories(LocalDate today) {
        return List.of(
                story(pandeglang("01", "Siti Rahmawati", "198703152010012004", "FUNGSIONAL", "Guru SD Negeri", "DS-2"),
                        wd(today, 0), w -> { }),
                story(pandeglang("02", "Ahmad Fauzi", "197905202005011003", "ADMINISTRATOR", "Camat", "DS-6"),
                        wd(today, 2), w -> { }),
                story(new DemoStory("03", "PILKADA-2024", "36.71", "PEMKOT-36.71", "Pemerintah Kota Tangerang",
                        "Dedi Kurniawan", "198211102009031002", "PELAKSANA", "Staf Kelurahan", "KE-5"),
                        wd(today, 5), w -> { }),
                story(pandeglang("04", "Nurul Hidayah", "199001252015032001", "FUNGSIONAL", "Bidan Puskesmas",
                        "DS-4"), wd(today, 3), w -> w.forward(today.minusDays(2), HolderType.BKN)),
                story(new DemoStory("05", "PILKADA-2024", "36", "PEMPROV-36", "Pemerintah Provinsi Banten",
                        "Hendra Saputra", "197612182002121003", "JPT_PRATAMA", "Kepala Dinas", "DS-12"),
                        wd(today, 6), w -> {
                            w.forward(today.minusDays(6), HolderType.BKN);
                            w.verify(today.minusDays(4));
                        }),
                story(pandeglang("06", "Rina Marlina", "198512012011012005", "FUNGSIONAL", "Guru SMP Negeri", "DS-2"),
                        wd(today, 6), w -> walkToRecommended(w, today, 6, 3)),
                story(pandeglang("07", "Yusuf Maulana", "199203142019031004", "PELAKSANA", "Staf Sekretariat DPRD",
                        "KE-4"), wd(today, 17), w -> walkToRecommended(w, today, 17, 13)),
                story(pandeglang("08", "Bambang Sutrisno", "197408082000031002", "ADMINISTRATOR", "Camat",
                        "DS-12"), wd(today, 26), w -> {
                            walkToRecommended(w, today, 26, 22);
                            w.markOverdue();
                        }),
                story(pandeglang("09", "Dewi Lestari", "198806062012122003", "PENGAWAS", "Lurah", "DS-7"),
                        wd(today, 28), w -> {
                            walkToRecommended(w, today, 28, 24);
                            w.markOverdue();
                            w.reprimand(today.minusDays(1));
                        }),
                story(new DemoStory("10", "PILKADA-2024", "36.71", "PEMKOT-36.71", "Pemerintah Kota Tangerang",
                        "Agus Setiawan", "198001012006041001", "PENGAWAS", "Kepala Seksi", "DS-6"),
                        wd(today, 40), w -> {
                            walkToRecommended(w, today, 40, 36);
                            w.markOverdue();
                            w.reprimand(today.minusDays(12));
                            w.block(today.minusDays(8));
                        }),
                story(pandeglang("11", "Eko Prasetyo", "198304042008011005", "FUNGSIONAL", "Penyuluh Pertanian",
                        "DS-2"), wd(today, 22), w -> {
                            walkToRecommended(w, today, 22, 18);
                            w.decide(wd(today, 8), "PP94-2021/BERAT-1", null);
                        }),
                story(pandeglang("12", "Wahyu Hidayat", "198909092014021006", "PELAKSANA", "Staf Kecamatan",
                        "DS-6"), wd(today, 20), w -> {
                            walkToRecommended(w, today, 20, 16);
                            w.decide(wd(today, 5), "PP94-2021/RINGAN-2", "Pelanggaran pertama; unggahan dihapus "
                                    + "dalam satu jam dan yang bersangkutan menyatakan penyesalan secara tertulis.");
                        }),
                story(pandeglang("13", "Lina Marlina", "199107072017012002", "FUNGSIONAL", "Perawat", "KE-5"),
                        wd(today, 9), w -> {
                            w.forward(wd(today, 8), HolderType.BKN);
                            w.verify(wd(today, 7));
                            w.notProven(wd(today, 4));
                        }),
                story(pandeglang("14", "Joko Susilo", "197710102003121004", "PELAKSANA", "Staf Dinas", "DS-3"),
                        wd(today, 7), w -> w.stop(wd(today, 3))),
                // the KASN era: forwarded to and recommended by KASN before the 2024 handover
                story(new DemoStory("15", "PEMILU-2024", "36.01", PANDEGLANG, PANDEGLANG_NAME, "Rudi Hartono",
                        "197512122001121002", "ADMINISTRATOR", "Sekretaris Camat", "DS-4"),
                        LocalDate.of(2024, 2, 5), w -> {
                            w.forward(LocalDate.of(2024, 2, 7), HolderType.KASN);
                            w.verify(LocalDate.of(2024, 2, 12));
                            w.recommend(LocalDate.of(2024, 3, 4), "kasn");
                            w.markOverdue();
                        }),
                story(new DemoStory("16", "PILKADA-2024", "36.04", "PEMKAB-36.04", "Pemerintah Kabupaten Serang",
                        "Sri Wahyuni", "198602022010012003", "FUNGSIONAL", "Guru SMA Negeri", "DS-2"),
                        LocalDate.of(2024, 8, 26), w -> w.forward(LocalDate.of(2024, 8, 28), HolderType.KASN)),
                // elsewhere: outside the Banten demo users' scope
                story(new DemoStory("17", "PILKADA-2024", "32.01", "PEMKAB-32.01", "Pemerintah Kabupaten Bogor",
                        "Asep Sunandar", "198105052007011007", "FUNGSIONAL", "Guru SD Negeri", "DS-2"),
                        wd(today, 10), w -> walkToRecommended(w, today, 10, 6)),
                story(new DemoStory("18", "PILKADA-2024", "33.74", "PEMKOT-33.74", "Pemerintah Kota Semarang",
                        "Sugeng Riyadi", "197806062003121005", "PELAKSANA", "Staf Kelurahan", "DS-6"),
                        wd(today, 30), w -> {
                            walkToRecommended(w, today, 30, 26);
                            w.decide(wd(today, 20), "PP94-2021/BERAT-1", null);
                        }),
                story(new DemoStory("19", "PILKADA-2024", "35.07", "PEMKAB-35.07", "Pemerintah Kabupaten Malang",
                        "Made Wirawan", "198403032009031008", "FUNGSIONAL", "Dokter Puskesmas", "KE-2"),
                        wd(today, 1), w -> { }));
    }

    private static DemoStory pandeglang(String key, String name, String nip, String positionClass, String title,
            String violation) {
        return new DemoStory(key, "PILKADA-2024", "36.01", PANDEGLANG, PANDEGLANG_NAME, name, nip, positionClass,
                title, violation);
    }

    /** Forwarded the next working day, verified the day after, recommended {@code recommendedAgo} working days ago. */
    private void walkToRecommended(DemoCaseWriter w, LocalDate today, int openedAgo, int recommendedAgo) {
        w.forward(wd(today, openedAgo - 1), HolderType.BKN);
        w.verify(wd(today, openedAgo - 2));
        w.recommend(wd(today, recommendedAgo), "satgas-verifier");
    }

    private BooleanSupplier story(DemoStory story, LocalDate opened, Consumer<DemoCaseWriter> walk) {
        return () -> {
            if (!writer.open(story, opened)) {
                return false;
            }
            walk.accept(writer);
            return true;
        };
    }

    /** The working day {@code n} working days before {@code today} ({@code today} itself for 0). */
    private LocalDate wd(LocalDate today, int n) {
        LocalDate day = today;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
