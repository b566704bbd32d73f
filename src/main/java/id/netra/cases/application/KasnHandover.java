// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.Step;
import id.netra.cases.persistence.CaseRepository;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 2024 handover of KASN's neutrality files to BKN (Perpres 92/2024, SE MenPANRB 4/2024): every open case KASN
 * examined or supervised — forwarded to KASN, or recommended by KASN and still waiting for the PPK — passes to BKN.
 * Each case records the handover on its timeline and in its custody history; re-running it moves nothing twice.
 * <p>
 * SE 4/2024 sent files KASN had already processed to KemenPANRB and unprocessed ones to BKN; Netra
 * follows the practice reported in Sep 2024 that BKN took over the follow-up of all of them.
 */
@Service
public class KasnHandover {

    private final CaseRepository cases;
    private final CaseChangeRecorder recorder;
    private final Clock clock;

    KasnHandover(CaseRepository cases, CaseChangeRecorder recorder, Clock clock) {
        this.cases = cases;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** @return how many cases changed hands */
    @Transactional
    public int handOver(String actor) {
        int moved = 0;
        Step step = Step.of(actor, clock.instant(),
                "Pengalihan berkas netralitas ASN dari KASN ke BKN (Perpres 92/2024; SE MenPANRB 4/2024).");
        for (Long id : cases.idsSupervisedByKasn()) {
            Case c = cases.findById(id).orElseThrow();
            if (c.handOverToBkn(step)) {
                cases.saveAndFlush(c);
                recorder.recordLatest(c);
                moved++;
            }
        }
        return moved;
    }
}
