// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.CurrentUserProvider;
import id.netra.identity.OrganisationCodes;
import id.netra.identity.Role;
import id.netra.identity.account.AccountAdministration;
import id.netra.identity.account.AccountDetails;
import id.netra.identity.account.AccountFilter;
import id.netra.identity.account.AccountRules;
import id.netra.identity.account.AccountSecret;
import id.netra.identity.account.AccountView;
import id.netra.identity.token.ApiTokenView;
import id.netra.identity.token.ApiTokens;
import id.netra.shared.ConflictException;
import id.netra.shared.Decision;
import id.netra.shared.NotFoundException;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.TimeConfiguration;
import id.netra.shared.web.DecisionBinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrators' account pages: the filterable list with CSV export, the new-account form, and one page per
 * account to edit it, deactivate or reactivate it and reset its password. Plain HTML forms; no JavaScript needed.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AccountPageController {

    private static final String LIST = "identity/users";
    private static final String NEW = "identity/user-new";
    private static final String EDIT = "identity/user-edit";

    private final AccountAdministration accounts;
    private final CurrentUserProvider users;
    private final MessageSource messages;
    private final OrganisationCodes codes;
    private final ApiTokens tokens;
    private final AccountRules rules = new AccountRules();

    AccountPageController(AccountAdministration accounts, CurrentUserProvider users, MessageSource messages,
            OrganisationCodes codes, ApiTokens tokens) {
        this.accounts = accounts;
        this.users = users;
        this.messages = messages;
        this.codes = codes;
        this.tokens = tokens;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("wib", TimeConfiguration.WIB);
    }

    /** On one account's page: its personal API tokens, which an administrator may revoke. */
    @ModelAttribute("tokens")
    List<ApiTokenView> tokens(@PathVariable(required = false) String username) {
        if (username == null || username.equals("new")) {
            return List.of();
        }
        try {
            return tokens.list(username);
        } catch (NotFoundException unknown) {
            return List.of(); // the handler answers 404 for the account itself
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) AccountFilter.Status status, @RequestParam(required = false) String q,
            @RequestParam(required = false) AccountFilter.Sort sort, @RequestParam(defaultValue = "false") boolean desc,
            Model model) {
        AccountFilter filter = new AccountFilter(role, agency, region, status, q, sort, desc);
        model.addAttribute("filter", filter);
        model.addAttribute("accounts", accounts.list(filter));
        model.addAttribute("statuses", AccountFilter.Status.values());
        model.addAttribute("sortLinks", sortLinks(filter));
        model.addAttribute("csvLink", query(filter, AccountCsvController.PATH, filter.sort(), filter.descending()));
        return LIST;
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("form", new AccountForm());
        return NEW;
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, BindingResult errors, RedirectAttributes redirect) {
        AccountDetails details = resolveScope(form, errors);
        if (errors.hasErrors()) {
            bindOthers(rules.checkNew(form.getUsername(), details, form.password(), form.isGeneratePassword()),
                    errors);
            return NEW;
        }
        try {
            AccountSecret created = accounts.create(form.getUsername(), details, form.password(),
                    form.isGeneratePassword(), actor());
            redirect.addFlashAttribute("created", true);
            redirect.addFlashAttribute("generatedPassword", created.generatedPassword());
            return "redirect:/admin/users/" + created.account().username();
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
        } catch (ConflictException e) {
            errors.rejectValue("username", e.messageKey());
        }
        return NEW;
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        AccountView account = accounts.get(username);
        model.addAttribute("account", account);
        model.addAttribute("form", named(AccountForm.of(account)));
        return EDIT;
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @ModelAttribute("form") AccountForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        AccountView account = accounts.get(username);
        model.addAttribute("account", account);
        AccountDetails details = resolveScope(form, errors);
        if (errors.hasErrors()) {
            bindOthers(rules.checkDetails(details), errors);
            form.setUsername(account.username());
            return EDIT;
        }
        try {
            long version = form.getVersion() == null ? -1 : form.getVersion();
            accounts.update(username, details, version, actor());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + account.username();
        } catch (PolicyRejectedException e) {
            DecisionBinding.bind(e.rejection(), errors);
        } catch (ConflictException e) {
            errors.reject(e.messageKey());
        } catch (OptimisticLockingFailureException e) {
            errors.reject("identity.admin.stale");
        }
        form.setUsername(account.username());
        return EDIT;
    }

    @PostMapping("/{username}/deactivate")
    String deactivate(@PathVariable String username, Model model, RedirectAttributes redirect) {
        return statusChange(username, model, redirect, () -> accounts.deactivate(username, actor()), "deactivated");
    }

    @PostMapping("/{username}/reactivate")
    String reactivate(@PathVariable String username, Model model, RedirectAttributes redirect) {
        return statusChange(username, model, redirect, () -> accounts.reactivate(username, actor()), "reactivated");
    }

    @PostMapping("/{username}/tokens/{id}/revoke")
    String revokeToken(@PathVariable String username, @PathVariable java.util.UUID id, RedirectAttributes redirect) {
        ApiTokenView revoked = tokens.revoke(username, id, actor());
        redirect.addFlashAttribute("revokedToken", revoked.name());
        return "redirect:/admin/users/" + accounts.get(username).username() + "#tokens";
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
            @RequestParam(defaultValue = "false") boolean generatePassword, Model model,
            RedirectAttributes redirect) {
        try {
            AccountSecret reset = accounts.resetPassword(username, password, generatePassword, actor());
            redirect.addFlashAttribute("passwordReset", true);
            redirect.addFlashAttribute("generatedPassword", reset.generatedPassword());
            return "redirect:/admin/users/" + reset.account().username();
        } catch (PolicyRejectedException e) {
            AccountView account = accounts.get(username);
            model.addAttribute("account", account);
            model.addAttribute("form", named(AccountForm.of(account)));
            model.addAttribute("passwordErrors", e.reasons().stream().map(r -> messages.getMessage(
                    r.messageKey(), r.argArray(), LocaleContextHolder.getLocale())).toList());
            return EDIT;
        }
    }

    private String statusChange(String username, Model model, RedirectAttributes redirect, Runnable change,
            String flash) {
        try {
            change.run();
            redirect.addFlashAttribute(flash, true);
            return "redirect:/admin/users/" + accounts.get(username).username();
        } catch (PolicyRejectedException e) {
            AccountView account = accounts.get(username);
            model.addAttribute("account", account);
            model.addAttribute("form", named(AccountForm.of(account)));
            model.addAttribute("statusError", e.rejection().first().messageKey());
            return EDIT;
        }
    }

    /**
     * The agency and region fields take what a person types or picks (a name, an abbreviation, or a code): each must
     * stand for exactly one entry of the reference data. What cannot be resolved gets its reason next to its field,
     * and the typed text stays in the field.
     */
    private AccountDetails resolveScope(AccountForm form, BindingResult errors) {
        String agency = resolve("agencyCode", "agency", form.getAgencyCode(), codes::agencies, errors);
        String region = resolve("regionCode", "region", form.getRegionCode(), codes::regions, errors);
        return new AccountDetails(form.getDisplayName(), form.getEmail(), form.getRole(), agency, region);
    }

    private String resolve(String field, String kind, String typed,
            java.util.function.Function<String, List<OrganisationCodes.Named>> lookup, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        List<OrganisationCodes.Named> found = lookup.apply(typed.strip());
        if (found.size() == 1) {
            return found.get(0).code();
        }
        if (found.isEmpty()) {
            errors.rejectValue(field, "identity.admin." + kind + ".not-found", new Object[] {typed.strip()}, null);
        } else {
            String choices = found.stream().limit(5)
                    .map(named -> named.hint() == null ? named.name() : named.name() + " (" + named.hint() + ")")
                    .collect(java.util.stream.Collectors.joining("; "));
            errors.rejectValue(field, "identity.admin." + kind + ".ambiguous",
                    new Object[] {typed.strip(), found.size(), choices}, null);
        }
        return null;
    }

    /** The rules' other reasons, for the fields that have no reason yet, so the form shows every mistake at once. */
    private static void bindOthers(Decision decision, BindingResult errors) {
        for (Decision.Reason reason : decision.reasons()) {
            if (reason.hasField() && errors.hasFieldErrors(reason.field())) {
                continue;
            }
            DecisionBinding.bind(Decision.rejectAll(List.of(reason)), errors);
        }
    }

    /** The form as a person reads it: the agency and region by name, which the fields resolve back on saving. */
    private AccountForm named(AccountForm form) {
        if (form.getAgencyCode() != null) {
            form.setAgencyCode(codes.agencyName(form.getAgencyCode()));
        }
        if (form.getRegionCode() != null) {
            form.setRegionCode(codes.regionName(form.getRegionCode()));
        }
        return form;
    }

    private String actor() {
        return users.require().username();
    }

    /** Each column header links to the list sorted by it, ascending, or reversed when it is the current order. */
    private static Map<String, String> sortLinks(AccountFilter filter) {
        Map<String, String> links = new LinkedHashMap<>();
        for (AccountFilter.Sort sort : AccountFilter.Sort.values()) {
            boolean reverse = sort == filter.sort() && !filter.descending();
            links.put(sort.name(), query(filter, "/admin/users", sort, reverse));
        }
        return links;
    }

    static String query(AccountFilter filter, String path, AccountFilter.Sort sort, boolean descending) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (filter.role() != null) {
            uri.queryParam("role", filter.role().name());
        }
        if (filter.agencyCode() != null) {
            uri.queryParam("agency", filter.agencyCode());
        }
        if (filter.regionCode() != null) {
            uri.queryParam("region", filter.regionCode());
        }
        if (filter.status() != null) {
            uri.queryParam("status", filter.status().name());
        }
        if (filter.text() != null) {
            uri.queryParam("q", filter.text());
        }
        uri.queryParam("sort", sort.name());
        if (descending) {
            uri.queryParam("desc", "true");
        }
        return uri.encode().build().toUriString();
    }
}
