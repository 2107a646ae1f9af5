package dev.facet.timeline.api;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.Sentiment;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.timeline.NewTimelineEntry;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The account timeline for the CRM: record calls, meetings and updates, and read them back a page at a time. */
@RestController
@Tag(name = "Timeline")
@SecurityRequirement(name = "apiToken")
@Validated
class TimelineApiController {

    private static final String CRM_ID = "[A-Za-z0-9._:-]{1,64}";

    private final TimelineManagement timeline;
    private final AccountManagement accounts;
    private final UserManagement users;
    private final Clock clock;

    TimelineApiController(TimelineManagement timeline, AccountManagement accounts, UserManagement users, Clock clock) {
        this.timeline = timeline;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    /** An entry written by {@code author} (the username of an active user); {@code date} defaults to today. */
    record NewEntryPayload(
            @NotNull TimelineEntryType type,
            @Nullable LocalDate date,
            @NotNull @Size(min = 1, max = 100) String author,
            @Nullable Sentiment sentiment,

            @NotBlank @Size(max = TimelineManagement.MAX_NOTES)
            String notes,

            @Nullable @Size(max = 50) List<@NotNull @Size(max = 200) String> attendees) {}

    @PostMapping("/api/v1/accounts/{crmId}/timeline")
    @Operation(
            summary = "Add an entry to the account's timeline",
            description = "notes are Markdown. An UPDATE with a sentiment becomes the account's sentiment when it is"
                    + " the account's newest UPDATE. 422 when the author is not an active user.")
    ResponseEntity<TimelineEntryResource> create(
            @PathVariable @Pattern(regexp = CRM_ID) String crmId, @Valid @RequestBody NewEntryPayload body) {
        AccountView account = account(crmId);
        UserView author = users.findByUsername(body.author())
                .filter(UserView::active)
                .orElseThrow(() -> new InvalidInputException(
                        "author", "timeline.author.unknown", "No active user has the username " + body.author()));
        UUID id = timeline.record(new NewTimelineEntry(
                account.id(),
                body.type(),
                body.date() != null ? body.date() : LocalDate.now(clock),
                author.id(),
                body.sentiment(),
                body.notes(),
                body.attendees() != null ? body.attendees() : List.of()));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + crmId + "/timeline/" + id))
                .body(TimelineEntryResource.of(timeline.get(id), account.crmId()));
    }

    @GetMapping("/api/v1/accounts/{crmId}/timeline")
    @Operation(summary = "The account's timeline, newest first, a page at a time")
    TimelinePageResource list(
            @PathVariable @Pattern(regexp = CRM_ID) String crmId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AccountView account = account(crmId);
        Page<TimelineEntryView> result = timeline.ofAccount(account.id(), PageRequest.of(page, size));
        return new TimelinePageResource(
                result.getContent().stream()
                        .map(e -> TimelineEntryResource.of(e, account.crmId()))
                        .toList(),
                result.getNumber(),
                result.getSize(),
                result.getTotalElements(),
                result.getTotalPages());
    }

    @GetMapping("/api/v1/accounts/{crmId}/timeline/{entryId}")
    @Operation(summary = "One timeline entry")
    TimelineEntryResource get(@PathVariable @Pattern(regexp = CRM_ID) String crmId, @PathVariable UUID entryId) {
        AccountView account = account(crmId);
        TimelineEntryView entry = timeline.get(entryId);
        if (!entry.accountId().equals(account.id())) {
            throw new NotFoundException("Timeline entry", entryId);
        }
        return TimelineEntryResource.of(entry, account.crmId());
    }

    private AccountView account(String crmId) {
        return accounts.findByCrmId(crmId).orElseThrow(() -> new NotFoundException("Account", crmId));
    }
}
