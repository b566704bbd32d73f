// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Netra is and where each capability lives. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
