package dev.facet.account.web;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountSummary;
import dev.facet.account.AccountView;
import dev.facet.account.ContactRole;
import dev.facet.account.DeploymentType;
import dev.facet.account.DevOpsStage;
import dev.facet.account.Gemstone;
import dev.facet.account.LifecycleStage;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.account.Sentiment;
import dev.facet.account.TamAssignmentGuard;
import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.PageView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account list, the account page (C360) and the account forms. */
@Controller
class AccountController {

    private final AccountManagement accounts;
    private final UserManagement users;
    private final ObjectProvider<TamAssignmentGuard> guard;

    AccountController(AccountManagement accounts, UserManagement users, ObjectProvider<TamAssignmentGuard> guard) {
        this.accounts = accounts;
        this.users = users;
        this.guard = guard;
    }

    @GetMapping("/accounts")
    String list(@ModelAttribute("query") AccountListQuery query, Model model) {
        Page<AccountSummary> page =
                accounts.search(query.filter(), query.sort(), query.dir(), PageRequest.of(query.page(), query.size()));
        var tamIds = page.getContent().stream()
                .map(AccountSummary::tamId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        model.addAttribute("page", PageView.of(page));
        model.addAttribute("tamNames", names(users.references(tamIds)));
        model.addAttribute("tams", users.activeWithRole(Role.TAM));
        addChoices(model);
        return "account/list";
    }

    @GetMapping("/accounts/{id}")
    String show(@PathVariable UUID id, CurrentUser me, Model model) {
        AccountView account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute(
                "tam",
                account.tamId() == null
                        ? null
                        : users.references(List.of(account.tamId())).get(account.tamId()));
        model.addAttribute("mayWork", account.mayBeWorkedBy(me));
        model.addAttribute("contactsPanel", ContactsPanel.of(account, me));
        model.addAttribute("mayMaintain", me.maintainsAccounts());
        model.addAttribute("stages", DevOpsStage.values());
        if (me.isManager()) {
            // Managers assign the TAM from the account page (the onboarding CTA then opens for them).
            model.addAttribute("tamChoices", tamChoices());
        }
        return "account/detail";
    }

    @GetMapping("/accounts/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountForm());
        return formView(model, null);
    }

    @PostMapping("/accounts")
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            rejectUnconfirmedRampingTam(form, null, errors, model);
        }
        return FormSubmission.of(errors, response)
                .whenTaken("crmId", "account.crmId.taken")
                .submit(
                        () -> {
                            UUID id = accounts.create(
                                    Objects.requireNonNull(form.getCrmId()).trim(),
                                    form.details(),
                                    form.getTamId(),
                                    Objects.requireNonNull(form.getLifecycleStage()),
                                    me);
                            redirect.addFlashAttribute("message", "account.created");
                            return "redirect:/accounts/" + id;
                        },
                        () -> formView(model, null));
    }

    @GetMapping("/accounts/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        model.addAttribute("form", AccountForm.of(accounts.get(id)));
        return formView(model, id);
    }

    @PostMapping("/accounts/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            rejectUnconfirmedRampingTam(form, id, errors, model);
        }
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            accounts.update(
                                    id,
                                    form.details(),
                                    form.getTamId(),
                                    Objects.requireNonNull(form.getLifecycleStage()),
                                    form.getVersion(),
                                    me);
                            redirect.addFlashAttribute("message", "account.saved");
                            return "redirect:/accounts/" + id;
                        },
                        () -> formView(model, id));
    }

    @GetMapping("/accounts/{id}/c360")
    String c360Form(@PathVariable UUID id, Model model) {
        AccountView account = accounts.get(id);
        model.addAttribute("form", C360Form.of(account));
        return c360View(model, account);
    }

    @PostMapping("/accounts/{id}/c360")
    String editC360(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") C360Form form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            accounts.editC360(id, form.changes(), me);
                            redirect.addFlashAttribute("message", "account.c360.saved");
                            return "redirect:/accounts/" + id;
                        },
                        () -> c360View(model, accounts.get(id)));
    }

    /**
     * DOMAIN 10: giving the account to a TAM who has not graduated from team onboarding needs the
     * manager's confirmation; unconfirmed, the TAM field says so and the form offers the box, keeping
     * the input. The check is the team module's, through {@link TamAssignmentGuard} (account cannot
     * depend on team). Keeping the account's current TAM is no new assignment.
     */
    private void rejectUnconfirmedRampingTam(
            AccountForm form, @org.jspecify.annotations.Nullable UUID accountId, BindingResult errors, Model model) {
        UUID tamId = form.getTamId();
        TamAssignmentGuard check = guard.getIfAvailable();
        if (tamId == null || check == null) {
            return;
        }
        if (accountId != null && tamId.equals(accounts.get(accountId).tamId())) {
            return;
        }
        if (check.needingConfirmation(List.of(tamId)).isEmpty()) {
            return;
        }
        model.addAttribute("askConfirmUngraduated", true);
        if (form.isConfirmUngraduated()) {
            return;
        }
        UserReference tam = users.references(List.of(tamId)).get(tamId);
        errors.rejectValue(
                "tamId",
                "team.ramping.warning",
                new Object[] {tam == null ? tamId.toString() : tam.displayName()},
                "Not graduated from team onboarding");
    }

    private String formView(Model model, @org.jspecify.annotations.Nullable UUID id) {
        model.addAttribute("accountId", id);
        // A manager may be an account's TAM too (the API allows it), so the form offers both.
        model.addAttribute("tams", tamChoices());
        addChoices(model);
        return "account/form";
    }

    private List<UserReference> tamChoices() {
        return java.util.stream.Stream.concat(
                        users.activeWithRole(Role.TAM).stream(), users.activeWithRole(Role.MANAGER).stream())
                .sorted(java.util.Comparator.comparing(UserReference::displayName))
                .toList();
    }

    private String c360View(Model model, AccountView account) {
        model.addAttribute("account", account);
        model.addAttribute("sentiments", Sentiment.values());
        model.addAttribute("deploymentTypes", DeploymentType.values());
        model.addAttribute("stages", DevOpsStage.values());
        return "account/c360-form";
    }

    private static void addChoices(Model model) {
        model.addAttribute("segments", Segment.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("gemstones", Gemstone.values());
        model.addAttribute("lifecycleStages", LifecycleStage.values());
        model.addAttribute("deploymentTypes", DeploymentType.values());
        model.addAttribute("productTiers", ProductTier.values());
        model.addAttribute("contactRoles", ContactRole.values());
    }

    private static Map<UUID, String> names(Map<UUID, UserReference> references) {
        return references.values().stream().collect(Collectors.toMap(UserReference::id, UserReference::displayName));
    }
}
