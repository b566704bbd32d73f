// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import org.springframework.beans.factory.DisposableBean;

/**
 * Keeps the embedded PostgreSQL alive while an application context's DataSource is open. Every DataSource bean
 * depends on it, so it is destroyed after them.
 */
final class EmbeddedPostgresLease implements DisposableBean {

    private final EmbeddedPostgresServer server;

    EmbeddedPostgresLease(EmbeddedPostgresServer server) {
        this.server = server;
        server.acquire();
    }

    @Override
    public void destroy() {
        server.release();
    }
}
