// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.support;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-memory copy of a small reference table, loaded on first use and dropped when the table changes. Reference
 * data is read on almost every request and written a few times a year, so reading it from memory pays off.
 */
public final class Snapshot<T> {

    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile T value;

    public Snapshot(Supplier<T> loader) {
        this.loader = loader;
    }

    public T get() {
        T current = value;
        if (current != null) {
            return current;
        }
        long loadedFor = generation.get();
        T loaded = loader.get();
        synchronized (this) {
            // a change committed while we were loading may not be in what we read: serve it once, do not keep it
            if (generation.get() == loadedFor) {
                value = loaded;
            }
        }
        return loaded;
    }

    /** Drops the copy once the current transaction commits (at once when there is none). */
    public void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    public synchronized void invalidate() {
        generation.incrementAndGet();
        value = null;
    }
}
