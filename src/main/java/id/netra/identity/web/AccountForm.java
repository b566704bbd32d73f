// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.Role;
import id.netra.identity.account.AccountDetails;
import id.netra.identity.account.AccountView;

/** The account form of {@code /admin/users}: all fields for a new account, the editable ones for an existing one. */
public class AccountForm {

    private String username;
    private String displayName;
    private String email;
    private Role role;
    private String agencyCode;
    private String regionCode;
    private String password;
    private boolean generatePassword;
    private Long version;

    static AccountForm of(AccountView account) {
        AccountForm form = new AccountForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.email = account.email();
        form.role = account.role();
        form.agencyCode = account.agencyCode();
        form.regionCode = account.regionCode();
        form.version = account.version();
        return form;
    }

    AccountDetails details() {
        return new AccountDetails(displayName, email, role, agencyCode, regionCode);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    /** Never echoed back into the page. */
    public String getPassword() {
        return null;
    }

    String password() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isGeneratePassword() {
        return generatePassword;
    }

    public void setGeneratePassword(boolean generatePassword) {
        this.generatePassword = generatePassword;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
