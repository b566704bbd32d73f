// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.hostile;

/**
 * One generated request: where it goes, what it carries, and why it is hostile (the name, shown on failure).
 *
 * @param uri already percent-encoded, sent as is
 * @param contentType {@code null} to send no Content-Type header
 * @param body {@code null} to send no body
 */
record HostileRequest(String name, String method, String uri, String contentType, byte[] body) {
}
