// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.sweep;

import id.netra.cases.application.CaseChangeRecorder;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseLifecycle;
import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.Step;
import id.netra.cases.persistence.CaseRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates every case whose deadline passed before {@code asOf}: a PPK who let the follow-up deadline pass becomes
 * OVERDUE, and a case whose PPK ignored the reprimand past its compliance deadline goes to BKN's "block due" queue.
 * The sweep records only what time decides: the reprimand and the block itself are decisions of a BKN officer
 * (BKN's control action is a reprimand "and/or" a SIASN block; Peraturan BKN 1/2023 makes blocking BKN's act), so
 * a block is never recorded that nobody made.
 * <p>
 * Idempotent: a case is only escalated from the waiting state, re-checked in its own transaction, so a second run
 * (or a concurrent one that lost the optimistic lock) escalates nothing again.
 */
@Service
public class DeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

    private final CaseRepository cases;
    private final CaseChangeRecorder recorder;
    private final TransactionTemplate perCase;
    private final Clock clock;

    public DeadlineSweep(CaseRepository cases, CaseChangeRecorder recorder, PlatformTransactionManager transactions,
            Clock clock) {
        this.cases = cases;
        this.recorder = recorder;
        this.perCase = new TransactionTemplate(transactions);
        this.perCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** @return how many cases were escalated by this run */
    public int sweep(LocalDate asOf) {
        int escalated = 0;
        for (Long id : cases.idsDueBefore(CaseLifecycle.sourcesOf(CaseAction.MARK_OVERDUE), asOf)) {
            escalated += escalate(id, asOf, CaseAction.MARK_OVERDUE);
        }
        for (Long id : cases.idsDueBefore(CaseLifecycle.sourcesOf(CaseAction.BLOCK_DUE), asOf)) {
            escalated += escalate(id, asOf, CaseAction.BLOCK_DUE);
        }
        log.info("Deadline sweep as of {} escalated {} case(s)", asOf, escalated);
        return escalated;
    }

    private int escalate(long id, LocalDate asOf, CaseAction action) {
        try {
            Integer done = perCase.execute(status -> {
                Case c = cases.findById(id).orElseThrow();
                Deadline deadline = c.deadline();
                boolean waiting = CaseLifecycle.allows(action, c.state());
                if (!waiting || deadline == null || !deadline.due().isBefore(asOf)) {
                    return 0; // someone acted, or another sweep got here first
                }
                LocalDate lateSince = deadline.due().plusDays(1);
                // the step happened when the deadline passed, however late the sweep runs (a case entered with its
                // 2020 history is overdue since 2020), and never before the case's previous step
                LocalDate happened = c.lastStepDay() != null && c.lastStepDay().isAfter(lateSince) ? c.lastStepDay()
                        : lateSince;
                Step step = new Step(Step.SYSTEM, clock.instant(), reason(action, deadline, asOf), List.of(),
                        happened);
                if (action == CaseAction.MARK_OVERDUE) {
                    c.markOverdue(step, lateSince);
                } else if (!c.queueBlock(step, lateSince)) {
                    return 0; // already queued, or BKN has blocked the data already
                }
                cases.saveAndFlush(c);
                recorder.recordLatest(c);
                return 1;
            });
            return done == null ? 0 : done;
        } catch (ObjectOptimisticLockingFailureException concurrentChange) {
            log.info("Case {} changed while the sweep escalated it; left as the other change made it", id);
            return 0;
        }
    }

    private static String reason(CaseAction action, Deadline deadline, LocalDate asOf) {
        if (action == CaseAction.MARK_OVERDUE) {
            return "Batas waktu tindak lanjut PPK " + deadline.due()
                    + " terlewati; ditandai terlambat oleh penyisiran batas waktu per " + asOf + ".";
        }
        return "Batas waktu kepatuhan atas teguran " + deadline.due() + " terlewati; pemblokiran data SIASN "
                + "menunggu keputusan petugas BKN (penyisiran batas waktu per " + asOf + ").";
    }
}
