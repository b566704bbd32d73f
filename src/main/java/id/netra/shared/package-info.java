// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Shared kernel: the clock, the embedded database bootstrap and RFC 9457 error handling. No entities live here;
 * every module may use it, so it stays small and stable.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.netra.shared;

import org.springframework.modulith.ApplicationModule;
