// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.BrowserTest;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 8, web hardening: in a real browser the pages run under the Content-Security-Policy (no inline script, no
 * inline style, no eval) and nothing on them is refused: the console shows no violation, and the htmx parts (adding
 * and removing a reported person, the chain check) still work.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class ContentSecurityPolicyBrowserIntegrationTests extends BrowserTest {

    static final List<String> PUBLIC_PAGES = List.of("/", "/login", "/lapor", "/lapor/status");
    static final List<String> SIGNED_IN_PAGES = List.of("/admin/users", "/admin/audit", "/admin/reference",
            "/admin/deadline-policy", "/cases", "/cases/compliance", "/intake/reports", "/intake/imports",
            "/intake/temuan/baru", "/reference/calendar");

    @Test
    void mainPages_loadUnderThePolicy_withNoViolation() {
        List<String> violations = new ArrayList<>();
        browser.get("/");
        Object policy = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                ? js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "fetch('/lapor').then(function (r) { done(r.headers.get('Content-Security-Policy')); });")
                : null;
        assertThat(policy).asString().contains("script-src 'self'", "frame-ancestors 'none'");

        for (String page : PUBLIC_PAGES) {
            visit(page, violations);
        }
        browser.get("/lapor");
        int rows = browser.driver().findElements(By.cssSelector("#person-rows .person")).size();
        browser.find(By.xpath("//button[@hx-get='/lapor/orang/baris']")).click();
        browser.await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#person-rows .person"),
                rows + 1));
        browser.find(By.cssSelector("#person-rows .person:last-child [data-remove-closest]")).click();
        browser.await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#person-rows .person"),
                rows));
        collect("/lapor (add and remove a person)", violations);

        browser.signIn("admin", TestUsers.demoPassword());
        for (String page : SIGNED_IN_PAGES) {
            visit(page, violations);
        }
        browser.get("/admin/audit?lang=id");
        browser.find(By.cssSelector("button[hx-get='/admin/audit/verify']")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verification .netra-ok")));
        assertThat(browser.find(By.id("verification")).getText()).contains("Rantai utuh");
        collect("/admin/audit (chain check)", violations);

        assertThat(violations).isEmpty();
    }

    private void visit(String page, List<String> violations) {
        browser.get(page + "?lang=id");
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        assertThat(browser.text()).as(page).doesNotContain("Whitelabel", "Terjadi kesalahan", "tidak ditemukan", "tidak mengizinkan");
        collect(page, violations);
    }

    private void collect(String page, List<String> violations) {
        browser.consoleMessages().stream()
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .forEach(message -> violations.add(page + ": " + message));
    }
}
