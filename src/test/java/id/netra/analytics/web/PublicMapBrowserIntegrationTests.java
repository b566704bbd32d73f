// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.TestUsers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public portal, the dashboard map with its regency drill-down and the reconciliation view as a new user sees
 * them with the demo data, on a desktop (1280) and a phone (390). Screenshots land in {@code target/screenshots/}
 * ({@code publik-*}, {@code peta-*}, {@code rekonsiliasi-*}).
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class PublicMapBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void portalMapDrillDownAndReconciliationRenderOnDesktopAndPhone() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            for (var size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
                browser.resize(size);
                browser.get("/publik?lang=id");
                browser.waitForText(By.tagName("main"), "Data publik netralitas ASN");
                browser.await().until(d -> !d.findElements(By.cssSelector(".netra-map-choropleth canvas")).isEmpty());
                assertThat(browser.text()).contains("Unduh data terbuka", "Batas wilayah: Indonesia GeoJSON");
                browser.screenshot("publik-" + size.getWidth());
                browser.scrollTo(By.cssSelector(".netra-map"));
                browser.screenshot("publik-peta-" + size.getWidth());
                browser.assertNoSidewaysScroll("sideways scroll at " + size.getWidth() + " px");
            }
            browser.resize(HeadlessChromium.DESKTOP);
            browser.get("/?lang=id");
            browser.signIn("admin", TestUsers.demoPassword());
            for (var size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
                browser.resize(size);
                browser.get("/analitik/peta");
                browser.await().until(d -> !d.findElements(By.cssSelector(".netra-map-tiles canvas")).isEmpty());
                clickTile(browser, 3, 4); // Banten, where most demo cases are
                browser.waitForText(By.cssSelector(".netra-map-regencies"), "Kabupaten Pandeglang");
                assertThat(browser.text()).contains("Kabupaten/kota di Banten");
                browser.screenshot("peta-" + size.getWidth());
                browser.scrollTo(By.cssSelector(".netra-map-regencies"));
                browser.screenshot("peta-kabupaten-" + size.getWidth());
                browser.assertNoSidewaysScroll("sideways scrolling");

                browser.get("/analitik/rekonsiliasi?pemilihan=PILKADA-2020");
                browser.waitForText(By.tagName("main"), "Hitungan Netra");
                assertThat(browser.text()).contains("KASN", "Bawaslu", "2.034");
                browser.screenshot("rekonsiliasi-" + size.getWidth());
                browser.scrollTo(By.cssSelector(".netra-reconciliation-table"));
                browser.screenshot("rekonsiliasi-tabel-" + size.getWidth());
            }
            assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("netra-map.js"));
        }
    }

    /** Clicks a tile of the tile grid where ECharts drew it. */
    private static void clickTile(HeadlessChromium browser, int col, int row) {
        WebElement tiles = browser.find(By.cssSelector(".netra-map-tiles"));
        browser.scrollTo(By.cssSelector(".netra-map-tiles"));
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "const el = arguments[0]; const c = echarts.getInstanceByDom(el);"
                        + "const p = c.convertToPixel({seriesIndex: 0}, [arguments[1], arguments[2]]);"
                        + "return {x: p[0], y: p[1], w: el.clientWidth, h: el.clientHeight};", tiles, col, row);
        int x = (int) Math.round(((Number) at.get("x")).doubleValue() - ((Number) at.get("w")).doubleValue() / 2);
        int y = (int) Math.round(((Number) at.get("y")).doubleValue() - ((Number) at.get("h")).doubleValue() / 2);
        new Actions(browser.driver()).moveToElement(tiles, x, y).click().perform();
    }
}
