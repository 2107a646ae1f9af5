package dev.facet.account.api;

import dev.facet.account.AccountFilter;
import dev.facet.account.AccountManagement;
import dev.facet.account.AccountSort;
import dev.facet.account.AccountSummary;
import dev.facet.account.AccountUpsert;
import dev.facet.account.AccountView;
import dev.facet.account.Gemstone;
import dev.facet.account.OpportunityUpsert;
import dev.facet.account.Segment;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The CRM's door: accounts and opportunities, keyed by the CRM's own ids. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
@SecurityRequirement(name = "apiToken")
@Validated
class AccountApiController {

    private static final String CRM_ID = "[A-Za-z0-9._:-]{1,64}";

    private final AccountManagement accounts;
    private final UserManagement users;

    AccountApiController(AccountManagement accounts, UserManagement users) {
        this.accounts = accounts;
        this.users = users;
    }

    @PutMapping("/{crmId}")
    @Operation(summary = "Create or update an account", description = "201 when created, 200 when updated.")
    ResponseEntity<AccountResource> put(
            @PathVariable @Pattern(regexp = CRM_ID) String crmId, @Valid @RequestBody AccountPayload body) {
        AccountUpsert result = accounts.upsertFromCrm(crmId, body.details(), body.tam(), body.contactDetails());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(resource(result.account()));
    }

    @PutMapping("/{crmId}/tam")
    @Operation(
            summary = "Assign or clear the account's TAM",
            description = "`{\"username\": \"tam.alex\"}` assigns; `{\"username\": null}` or a null body clears."
                    + " A waiting ASSIGN_TAM CTA closes and the onboarding CTA opens for the TAM.")
    AccountResource assignTam(
            @PathVariable @Pattern(regexp = CRM_ID) String crmId,
            @RequestBody(required = false) @Nullable TamPayload body) {
        return resource(accounts.assignTam(crmId, body == null ? null : body.username()));
    }

    /** The TAM to assign, by username; null clears. */
    record TamPayload(@Nullable String username) {}

    @GetMapping("/{crmId}")
    @Operation(summary = "One account, with its gemstone, the reason for it, TAV and lifecycle stage")
    AccountResource get(@PathVariable String crmId) {
        return resource(accounts.findByCrmId(crmId).orElseThrow(() -> new NotFoundException("Account", crmId)));
    }

    @GetMapping
    @Operation(summary = "A page of accounts, filtered by segment, gemstone and TAM username")
    PageResource<AccountSummaryResource> list(
            @RequestParam(required = false) @Nullable Segment segment,
            @RequestParam(required = false) @Nullable Gemstone gemstone,
            @RequestParam(required = false) @Size(max = 100) @Nullable String tam,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        UUID tamId = tam == null || tam.isBlank()
                ? null
                : users.findByUsername(tam)
                        .map(UserView::id)
                        .orElseThrow(
                                () -> new InvalidInputException("tam", "account.tam.unknown", "Unknown TAM " + tam));
        Page<AccountSummary> result = accounts.search(
                new AccountFilter(null, segment, null, gemstone, tamId, null),
                AccountSort.NAME,
                Sort.Direction.ASC,
                PageRequest.of(page, size));
        Map<UUID, UserReference> tams = users.references(result.getContent().stream()
                .map(AccountSummary::tamId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return new PageResource<>(
                result.getContent().stream()
                        .map(a -> AccountSummaryResource.of(a, usernameOf(tams, a.tamId())))
                        .toList(),
                result.getNumber(),
                result.getSize(),
                result.getTotalElements(),
                result.getTotalPages());
    }

    @PutMapping("/{crmId}/opportunities/{opportunityCrmId}")
    @Operation(summary = "Create or update an opportunity", description = "201 when created, 200 when updated.")
    ResponseEntity<OpportunityResource> putOpportunity(
            @PathVariable String crmId,
            @PathVariable @Pattern(regexp = CRM_ID) String opportunityCrmId,
            @Valid @RequestBody OpportunityPayload body) {
        OpportunityUpsert result = accounts.upsertOpportunity(crmId, opportunityCrmId, body.details());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(OpportunityResource.of(result.opportunity()));
    }

    private AccountResource resource(AccountView account) {
        Map<UUID, UserReference> tam = account.tamId() == null ? Map.of() : users.references(List.of(account.tamId()));
        return AccountResource.of(account, usernameOf(tam, account.tamId()));
    }

    private static @Nullable String usernameOf(Map<UUID, UserReference> references, @Nullable UUID id) {
        UserReference reference = id == null ? null : references.get(id);
        return reference == null ? null : reference.username();
    }
}
