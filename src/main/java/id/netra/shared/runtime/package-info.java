// SPDX-License-Identifier: AGPL-3.0-or-later
/** How the JVM behaves when it breaks: it dies, so that it can be restarted, rather than hangs. */
package id.netra.shared.runtime;
