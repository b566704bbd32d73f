// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.Role;
import id.netra.identity.account.AccountAdministration;
import id.netra.identity.account.AccountFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account list as CSV, with the page's filters and order. Its own path beside {@code /admin/users} rather than
 * under it, where it could be taken for a username.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountCsvController {

    static final String PATH = "/admin/users.csv";

    private final AccountAdministration accounts;

    AccountCsvController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    void export(@RequestParam(required = false) Role role, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) AccountFilter.Status status, @RequestParam(required = false) String q,
            @RequestParam(required = false) AccountFilter.Sort sort, @RequestParam(defaultValue = "false") boolean desc,
            HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"netra-accounts.csv\"");
        AccountCsv.write(response.getOutputStream(),
                accounts.list(new AccountFilter(role, agency, region, status, q, sort, desc)));
    }
}
