// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.demo.DemoAccounts;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security itself handles the POST to {@code /login}. */
@Controller
class LoginController {

    private final boolean demo;

    LoginController(@Value("${netra.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoAccounts", demo ? DemoAccounts.ALL : List.of());
        model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        return "identity/login";
    }
}
