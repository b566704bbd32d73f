// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.OrganisationCodes;
import id.netra.identity.token.ApiTokenRules;
import id.netra.identity.token.ApiTokenView;
import id.netra.identity.token.ApiTokens;
import id.netra.identity.token.NewApiToken;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.TimeConfiguration;
import id.netra.shared.web.DecisionBinding;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own page: who they are (roles and scope) and their personal API tokens, which they create and
 * revoke here. A new token's secret is rendered straight into the answer to the form, never kept in the session or
 * anywhere else, and the answer is not cached: after leaving the page it cannot be shown again.
 */
@Controller
@RequestMapping(MyAccountPageController.PATH)
class MyAccountPageController {

    static final String PATH = "/account";
    private static final String PAGE = "identity/account";

    /** The expiry choices offered on the form, in days; the API takes any number of days within the limits. */
    static final List<Integer> EXPIRY_CHOICES = List.of(7, 30, ApiTokenRules.DEFAULT_DAYS, 180, ApiTokenRules.MAX_DAYS);

    private final ApiTokens tokens;
    private final CurrentUserProvider users;
    private final OrganisationCodes codes;

    MyAccountPageController(ApiTokens tokens, CurrentUserProvider users, OrganisationCodes codes) {
        this.tokens = tokens;
        this.users = users;
        this.codes = codes;
    }

    @ModelAttribute
    void common(Model model) {
        CurrentUser user = users.require();
        model.addAttribute("me", user);
        model.addAttribute("displayName", users.currentDisplayName().orElse(user.username()));
        model.addAttribute("agencyName", user.agencyCode() == null ? null : codes.agencyName(user.agencyCode()));
        model.addAttribute("regionName", user.regionCode() == null ? null : codes.regionName(user.regionCode()));
        model.addAttribute("expiryChoices", EXPIRY_CHOICES);
        model.addAttribute("wib", TimeConfiguration.WIB);
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", new ApiTokenForm());
        return page(model);
    }

    @PostMapping("/tokens")
    String create(@ModelAttribute("form") ApiTokenForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        try {
            NewApiToken created = tokens.create(me(), form.getName(), form.getExpiresInDays());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("created", created);
            model.addAttribute("form", new ApiTokenForm());
            return page(model);
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
            return page(model);
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        ApiTokenView revoked = tokens.revoke(me(), id, me());
        redirect.addFlashAttribute("revokedName", revoked.name());
        return "redirect:" + PATH + "#tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.list(me()));
        return PAGE;
    }

    private String me() {
        return users.require().username();
    }
}
