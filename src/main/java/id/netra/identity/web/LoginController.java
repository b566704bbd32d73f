// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.demo.DemoAccounts;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security itself handles the POST to {@code /login}. */
@Controller
class LoginController {

    private final boolean demo;

    LoginController(@Value("${netra.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
        model.addAttribute("lockedMinutes", lockedMinutes(locked));
        model.addAttribute("demoAccounts", demo ? DemoAccounts.ALL : List.of());
        model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        return "identity/login";
    }

    /** The wait shown after a throttled sign-in; the parameter is in the address bar, so anything odd is ignored. */
    private static Integer lockedMinutes(String locked) {
        if (locked == null || !locked.matches("\\d{1,4}")) {
            return locked == null ? null : 15;
        }
        return Math.max(1, Integer.parseInt(locked));
    }
}
