// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.cases.CaseStateChanged;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;

/**
 * Holds one change of one case open inside its transaction (after its UPDATE, before its commit) until the test
 * lets it go, so that a second, conflicting change can be started against the same version. Inert unless armed.
 */
public class RaceGate {

    private volatile long caseId = -1;
    private volatile CountDownLatch held;
    private volatile CountDownLatch release;

    public void arm(long caseId) {
        this.held = new CountDownLatch(1);
        this.release = new CountDownLatch(1);
        this.caseId = caseId;
    }

    public void awaitHeld() throws InterruptedException {
        if (!held.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the first change never reached the gate");
        }
    }

    public void release() {
        caseId = -1;
        release.countDown();
    }

    @EventListener
    void on(CaseStateChanged event) throws InterruptedException {
        if (event.caseId() == caseId) {
            caseId = -1; // only the first change waits
            held.countDown();
            release.await(30, TimeUnit.SECONDS);
        }
    }
}
