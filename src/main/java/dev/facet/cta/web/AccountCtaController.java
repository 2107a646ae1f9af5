package dev.facet.cta.web;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.DeploymentType;
import dev.facet.account.TamAssignmentGuard;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaReason;
import dev.facet.cta.CtaType;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.playbook.PlaybookTemplateSummary;
import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account page's CTA panel, "+ CTA", and the manager's "Assign TAM". */
@Controller
class AccountCtaController {

    private final CtaManagement ctas;
    private final AccountManagement accounts;
    private final PlaybookManagement playbooks;
    private final UserManagement users;
    private final Clock clock;
    private final ObjectProvider<TamAssignmentGuard> guard;

    AccountCtaController(
            CtaManagement ctas,
            AccountManagement accounts,
            PlaybookManagement playbooks,
            UserManagement users,
            Clock clock,
            ObjectProvider<TamAssignmentGuard> guard) {
        this.ctas = ctas;
        this.accounts = accounts;
        this.playbooks = playbooks;
        this.users = users;
        this.clock = clock;
        this.guard = guard;
    }

    @GetMapping("/accounts/{id}/ctas")
    String panel(@PathVariable UUID id, CurrentUser me, Model model) {
        AccountView account = accounts.get(id);
        model.addAttribute("accountId", id);
        model.addAttribute("ctas", ctas.ofAccount(id));
        model.addAttribute("mayCreate", account.mayBeWorkedBy(me));
        return "cta/account-ctas :: cta-panel";
    }

    @GetMapping("/accounts/{id}/ctas/new")
    String newForm(@PathVariable UUID id, CurrentUser me, Model model) {
        AccountView account = accounts.get(id);
        var form = new NewCtaForm();
        form.setType(CtaType.ONBOARDING);
        form.setPriority(CtaPriority.MEDIUM);
        form.setOwnerId(me.id());
        form.setStartDate(LocalDate.now(clock.withZone(me.timeZone())));
        String code = account.deploymentType() == DeploymentType.SAAS
                ? PlaybookManagement.ONBOARDING_SAAS
                : PlaybookManagement.ONBOARDING_SELF_MANAGED;
        playbooks.templates().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .ifPresent(t -> form.setPlaybookTemplateId(t.id()));
        model.addAttribute("form", form);
        return formView(account, model);
    }

    @PostMapping("/accounts/{id}/ctas")
    String create(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") NewCtaForm form,
            BindingResult errors,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .renaming("owner", "ownerId")
                .whenTaken("type", "cta.new.exists")
                .submit(
                        () -> {
                            UUID ctaId = ctas.create(form.toNewCta(id), CtaActor.user(me));
                            redirect.addFlashAttribute("message", "cta.created");
                            return "redirect:/ctas/" + ctaId;
                        },
                        () -> formView(accounts.get(id), model));
    }

    @PostMapping("/accounts/{id}/tam")
    String assignTam(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID tamId,
            @RequestParam(defaultValue = "false") boolean confirmUngraduated,
            CurrentUser me,
            RedirectAttributes redirect) {
        // DOMAIN 10: a TAM who has not graduated from team onboarding takes the account only once the
        // manager confirms; unconfirmed, the account page shows the warning with the TAM still chosen.
        TamAssignmentGuard check = guard.getIfAvailable();
        if (tamId != null
                && !confirmUngraduated
                && check != null
                && !tamId.equals(accounts.get(id).tamId())
                && !check.needingConfirmation(List.of(tamId)).isEmpty()) {
            UserReference tam = users.references(List.of(tamId)).get(tamId);
            redirect.addFlashAttribute("rampingTamId", tamId);
            redirect.addFlashAttribute("rampingName", tam == null ? tamId.toString() : tam.displayName());
            return "redirect:/accounts/" + id;
        }
        accounts.assignTam(id, tamId, me);
        redirect.addFlashAttribute("message", tamId == null ? "cta.tam.cleared" : "cta.tam.assigned");
        return "redirect:/accounts/" + id;
    }

    private String formView(AccountView account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("types", CtaType.values());
        model.addAttribute("reasons", CtaReason.values());
        model.addAttribute("priorities", CtaPriority.values());
        model.addAttribute("owners", owners(users));
        model.addAttribute(
                "playbooks",
                playbooks.templates().stream()
                        .sorted(Comparator.comparing(PlaybookTemplateSummary::name))
                        .toList());
        return "cta/new";
    }

    /** Active TAMs and managers, each once, by name: who may own a CTA or be an account's TAM. */
    static List<UserReference> owners(UserManagement users) {
        Map<UUID, UserReference> byId = new LinkedHashMap<>();
        Stream.concat(users.activeWithRole(Role.TAM).stream(), users.activeWithRole(Role.MANAGER).stream())
                .forEach(u -> byId.putIfAbsent(u.id(), u));
        return byId.values().stream()
                .sorted(Comparator.comparing(UserReference::displayName))
                .toList();
    }
}
