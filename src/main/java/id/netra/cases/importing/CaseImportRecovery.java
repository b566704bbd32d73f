// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, before any new import can begin, marks the import jobs that the previous run of the application left
 * {@code RUNNING} as interrupted ("terhenti karena aplikasi dimulai ulang"), with the rows they had committed: their
 * thread died with the process, and a job that says "running" forever would be a lie. Uploading the same file again
 * continues where it stopped, since the import is idempotent on (source, external id).
 */
@Component
class CaseImportRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CaseImportRecovery.class);

    private final CaseImports imports;

    CaseImportRecovery(CaseImports imports) {
        this.imports = imports;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = imports.recoverInterrupted();
        if (interrupted > 0) {
            log.warn("{} case import job(s) were left running by the previous run; marked interrupted", interrupted);
        }
    }
}
