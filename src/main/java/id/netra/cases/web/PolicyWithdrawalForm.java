// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "withdraw this future version" form under each version that has not started. */
public class PolicyWithdrawalForm {

    private Integer version;

    @NotBlank(message = "{case.policy.withdraw.reason-required}")
    @Size(max = 2000, message = "{case.policy.withdraw.reason-too-long}")
    private String reason;

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
