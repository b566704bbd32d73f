// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.shared.FieldRejection;
import id.netra.shared.FieldsRejectedException;
import java.util.List;

/** The rules refused an account change; each rejection names the field it concerns (422). */
public class AccountRejectedException extends FieldsRejectedException {

    public AccountRejectedException(List<FieldRejection> rejections) {
        super("identity.admin.rejected", rejections);
    }
}
