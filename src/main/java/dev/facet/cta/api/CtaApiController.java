package dev.facet.cta.api;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaDetail;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaReason;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import dev.facet.cta.NewCta;
import dev.facet.cta.TaskStatus;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** CTAs for the CRM: list an account's, make one by hand (also for past onboardings), close, set tasks. */
@RestController
@Tag(name = "CTAs")
@SecurityRequirement(name = "apiToken")
class CtaApiController {

    private final CtaManagement ctas;
    private final AccountManagement accounts;
    private final PlaybookManagement playbooks;
    private final UserManagement users;
    private final Clock clock;

    CtaApiController(
            CtaManagement ctas,
            AccountManagement accounts,
            PlaybookManagement playbooks,
            UserManagement users,
            Clock clock) {
        this.ctas = ctas;
        this.accounts = accounts;
        this.playbooks = playbooks;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/api/v1/accounts/{crmId}/ctas")
    @Operation(summary = "The account's CTAs, open ones first, with their tasks and where they came from")
    List<CtaResource> list(@PathVariable String crmId) {
        AccountView account = account(crmId);
        List<CtaDetail> found = ctas.ofAccountWithTasks(account.id());
        Map<UUID, UserReference> people = users.references(found.stream()
                .flatMap(c -> Stream.of(c.summary().ownerId(), c.sourceUserId()))
                .filter(Objects::nonNull)
                .toList());
        return found.stream().map(c -> resource(c, crmId, people)).toList();
    }

    @GetMapping("/api/v1/ctas/{id}")
    @Operation(summary = "One CTA")
    CtaResource get(@PathVariable UUID id) {
        return resource(ctas.detail(id));
    }

    /** A CTA by hand; {@code owner} and {@code playbook} are a username and a playbook template code. */
    record NewCtaPayload(
            @NotNull CtaType type,
            @Nullable CtaReason reason,
            @NotNull @Size(min = 1, max = 100) String owner,
            @Nullable @Size(max = 100) String playbook,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,
            @Nullable CtaPriority priority) {}

    @PostMapping("/api/v1/accounts/{crmId}/ctas")
    @Operation(
            summary = "Make a CTA by hand",
            description = "startDate (default today) may be in the past, to bring in onboardings run before Facet."
                    + " 409 when the account has an open CTA of that type and reason.")
    ResponseEntity<CtaResource> create(
            @PathVariable String crmId, @Valid @RequestBody NewCtaPayload body, Authentication caller) {
        AccountView account = account(crmId);
        UserView owner = users.findByUsername(body.owner())
                .orElseThrow(
                        () -> new InvalidInputException("owner", "cta.owner.unknown", "Unknown user " + body.owner()));
        UUID playbook = body.playbook() == null ? null : playbookId(body.playbook());
        UUID id = ctas.create(
                new NewCta(
                        account.id(),
                        body.type(),
                        body.reason(),
                        body.priority() != null ? body.priority() : CtaPriority.MEDIUM,
                        owner.id(),
                        playbook,
                        body.startDate() != null ? body.startDate() : LocalDate.now(clock),
                        body.dueDate()),
                CtaActor.integration(caller.getName()));
        return ResponseEntity.created(URI.create("/api/v1/ctas/" + id)).body(resource(ctas.detail(id)));
    }

    record ClosePayload(@NotNull CtaStatus status, @Nullable LocalDate closedDate) {}

    @PostMapping("/api/v1/ctas/{id}/close")
    @Operation(
            summary = "Close a CTA",
            description = "closedDate defaults to today (UTC) and may be neither before the start date nor after"
                    + " today. The CRM's close is a decision made there: it closes with tasks still open, which the"
                    + " answer lists.")
    CtaResource close(@PathVariable UUID id, @Valid @RequestBody ClosePayload body, Authentication caller) {
        ctas.close(id, body.status(), body.closedDate(), null, true, CtaActor.integration(caller.getName()));
        return resource(ctas.detail(id));
    }

    /** {@code by} is the username of the person who reopened it in the CRM: the CTA and the timeline name them. */
    record ReopenPayload(
            @NotNull @Size(min = 1, max = 100) String by,
            @Nullable @Size(max = 1000) String reason) {}

    @PostMapping("/api/v1/ctas/{id}/reopen")
    @Operation(
            summary = "Reopen a closed CTA",
            description = "Recorded on the CTA and on the account's timeline under the user named in 'by'. An"
                    + " onboarding CTA moves the account back to ONBOARDING. 409 when the CTA is open, or when the"
                    + " account has another open CTA of the same type and reason.")
    CtaResource reopen(@PathVariable UUID id, @Valid @RequestBody ReopenPayload body) {
        UserView by = users.findByUsername(body.by())
                .filter(UserView::active)
                .orElseThrow(
                        () -> new InvalidInputException("by", "cta.reopen.unknownUser", "Unknown user " + body.by()));
        ctas.reopen(id, body.reason(), null, CtaActor.integrationFor(by.id(), by.displayName()));
        return resource(ctas.detail(id));
    }

    record TaskPayload(
            @NotNull TaskStatus status,
            @Nullable @Size(max = 4000) String note) {}

    @PostMapping("/api/v1/ctas/{id}/tasks/{taskId}")
    @Operation(summary = "Set a task's status", description = "NOT_APPLICABLE needs a note.")
    CtaResource task(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @Valid @RequestBody TaskPayload body,
            Authentication caller) {
        ctas.setTaskStatus(id, taskId, body.status(), body.note(), CtaActor.integration(caller.getName()));
        return resource(ctas.detail(id));
    }

    private UUID playbookId(String code) {
        try {
            return playbooks.currentVersion(code).templateId();
        } catch (NotFoundException e) {
            throw new InvalidInputException("playbook", "cta.playbook.unknown", "Unknown playbook " + code);
        }
    }

    private AccountView account(String crmId) {
        return accounts.findByCrmId(crmId).orElseThrow(() -> new NotFoundException("Account", crmId));
    }

    private CtaResource resource(CtaDetail cta) {
        Map<UUID, UserReference> people =
                users.references(Stream.of(cta.summary().ownerId(), cta.sourceUserId())
                        .filter(Objects::nonNull)
                        .toList());
        return resource(cta, accounts.get(cta.summary().accountId()).crmId(), people);
    }

    private static CtaResource resource(CtaDetail cta, String crmId, Map<UUID, UserReference> people) {
        return CtaResource.of(
                cta,
                crmId,
                username(people, cta.summary().ownerId()),
                cta.sourceUserId() == null ? null : username(people, cta.sourceUserId()));
    }

    private static @Nullable String username(Map<UUID, UserReference> people, UUID id) {
        UserReference user = people.get(id);
        return user == null ? null : user.username();
    }
}
