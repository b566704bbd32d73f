// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import id.netra.identity.account.AccountAdministration;
import id.netra.identity.account.AccountFilter;
import id.netra.identity.account.AccountSecret;
import id.netra.identity.account.AccountView;
import id.netra.shared.ConflictException;
import id.netra.shared.PolicyRejectedException;
import id.netra.shared.TimeConfiguration;
import id.netra.shared.web.DecisionBinding;
import java.util.LinkedHashMap;
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

    AccountPageController(AccountAdministration accounts, CurrentUserProvider users, MessageSource messages) {
        this.accounts = accounts;
        this.users = users;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("wib", TimeConfiguration.WIB);
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
        try {
            AccountSecret created = accounts.create(form.getUsername(), form.details(), form.password(),
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
        model.addAttribute("form", AccountForm.of(account));
        return EDIT;
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @ModelAttribute("form") AccountForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        AccountView account = accounts.get(username);
        model.addAttribute("account", account);
        try {
            long version = form.getVersion() == null ? -1 : form.getVersion();
            accounts.update(username, form.details(), version, actor());
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
            model.addAttribute("form", AccountForm.of(account));
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
            model.addAttribute("form", AccountForm.of(account));
            model.addAttribute("statusError", e.rejection().first().messageKey());
            return EDIT;
        }
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
