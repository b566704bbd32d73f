// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.shared.RuleViolationException;
import java.util.List;

/** The rules refused an account change; each rejection names the field it concerns (422). */
public class AccountRejectedException extends RuleViolationException {

    private final transient List<FieldRejection> rejections;

    public AccountRejectedException(List<FieldRejection> rejections) {
        super("identity.admin.rejected");
        this.rejections = List.copyOf(rejections);
    }

    public List<FieldRejection> rejections() {
        return rejections;
    }
}
