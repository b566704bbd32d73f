// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

/**
 * The object does not exist, or the caller may not know that it exists. Both answer 404 so that scoping never
 * reveals another agency's cases.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
