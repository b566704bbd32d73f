// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import id.netra.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing every reference table: filter, sort, page, and export what is shown as CSV. */
@Controller
@RequestMapping("/admin/reference")
@PreAuthorize("hasRole('ADMIN')")
class ReferenceAdminController {

    private final AdminTableQueries queries;

    ReferenceAdminController(AdminTableQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("tables", AdminTable.ALL);
        return "reference/admin/index";
    }

    @GetMapping("/tables/{key}")
    String table(@PathVariable String key, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "1") String page, Model model) {
        AdminTable table = table(key);
        AdminTableQueries.Request request = request(table, q, sort, dir, page);
        model.addAttribute("table", table);
        model.addAttribute("request", request);
        model.addAttribute("result", queries.page(table, request));
        return "reference/admin/table";
    }

    @GetMapping("/tables/{key}/export.csv")
    void export(@PathVariable String key, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            HttpServletResponse response) throws IOException {
        AdminTable table = table(key);
        var rows = queries.all(table, request(table, q, sort, dir, "1"));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reference-" + table.key() + ".csv\"");
        CsvExport.write(response.getOutputStream(), table.columns(), rows);
    }

    private static AdminTable table(String key) {
        return AdminTable.find(key).orElseThrow(() -> new NotFoundException("reference table " + key));
    }

    private static AdminTableQueries.Request request(AdminTable table, String q, String sort, String dir, String page) {
        int pageNumber;
        try {
            pageNumber = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            pageNumber = 1;
        }
        return new AdminTableQueries.Request(q == null ? "" : q, table.sortColumn(sort), "desc".equalsIgnoreCase(dir),
                pageNumber);
    }
}
