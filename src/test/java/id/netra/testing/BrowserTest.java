// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per test method, on the test server's port with a fresh profile, closed after the test even
 * when it fails. A browser test class extends it and keeps its own {@code @NetraIntegrationTest} and
 * {@code @EnabledIf("id.netra.testing.HeadlessChromium#installed")}, so each class states what it needs.
 */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    @TempDir
    protected Path profile;

    protected HeadlessChromium browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open(port, profile);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
