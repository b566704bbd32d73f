// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.token.ApiTokenRules;

/** The "new token" form of the account page: a name and how many days the token stays valid. */
public class ApiTokenForm {

    private String name;
    private Integer expiresInDays = ApiTokenRules.DEFAULT_DAYS;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }
}
