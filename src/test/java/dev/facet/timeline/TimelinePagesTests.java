package dev.facet.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.account.Sentiment;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The account page's timeline panel through the whole stack on PostgreSQL. */
@ApplicationTest
class TimelinePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TimelineManagement timeline;

    UserView manager;
    UserView tam;
    UserView otherTam;
    UUID accountId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        manager = TestData.user(users, Role.MANAGER);
        tam = TestData.user(users, Role.TAM);
        otherTam = TestData.user(users, Role.TAM);
        accountId = account(tam);
        today = LocalDate.now();
    }

    @Test
    void theAccountPageLoadsThePanelWhichPagesNewestFirst() throws Exception {
        assertThat(body(mvc.perform(get("/accounts/" + accountId).with(SignedIn.as(tam)))
                        .andExpect(status().isOk())))
                .contains("hx-get=\"/accounts/" + accountId + "/timeline\"");
        for (int i = 1; i <= 12; i++) {
            record(TimelineEntryType.CALL, today.minusDays(20 - i), tam, null, "Call number " + i + ".");
        }

        String panel = body(panel(tam).andExpect(status().isOk()));
        assertThat(panel)
                .contains("id=\"timeline-card\"")
                .contains("id=\"timeline-add\"")
                .doesNotContain("<html");
        assertThat(panel.indexOf("Call number 12.")).isLessThan(panel.indexOf("Call number 11."));
        assertThat(panel).contains("Call number 3.").doesNotContain("Call number 2.");
        assertThat(panel).contains("hx-get=\"/accounts/" + accountId + "/timeline?page=1\"");

        String older = body(mvc.perform(get("/accounts/" + accountId + "/timeline")
                        .param("page", "1")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam)))
                .andExpect(status().isOk()));
        assertThat(older)
                .contains("Call number 2.")
                .contains("Call number 1.")
                .doesNotContain("Call number 3.")
                .doesNotContain("timeline-card")
                .doesNotContain("timeline-older");

        // without JavaScript the link shows the panel at that page
        assertThat(body(mvc.perform(get("/accounts/" + accountId + "/timeline")
                                .param("page", "1")
                                .with(SignedIn.as(tam)))
                        .andExpect(status().isOk())))
                .contains("timeline-card")
                .contains("Call number 1.");
    }

    @Test
    void theTamAddsAnEntryInPlace() throws Exception {
        String panel = body(mvc.perform(add(tam, "MEETING", today.toString(), "", "Dana Lee, lee@acme.example", """
                        Kick-off with **the platform team**.

                        <script>alert('x')</script>""")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(panel)
                .contains("id=\"timeline-card\"")
                .contains("Entry added to the timeline.")
                .contains("<strong>the platform team</strong>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert")
                .contains("Attendees: Dana Lee, lee@acme.example")
                .contains("Meeting");
        TimelineEntryView saved = only();
        assertThat(saved.author().id()).isEqualTo(tam.id());
        assertThat(saved.attendees()).containsExactly("Dana Lee", "lee@acme.example");
        assertThat(saved.type()).isEqualTo(TimelineEntryType.MEETING);
        // the form is empty again, ready for the next entry
        assertThat(panel).doesNotContain(">Kick-off with **the platform team**");
    }

    @Test
    void withoutJavaScriptAnAddRedirectsToTheAccount() throws Exception {
        mvc.perform(add(tam, "CALL", today.toString(), "", "", "A quick call."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts/" + accountId))
                .andExpect(flash().attribute("message", "timeline.added"));
        assertThat(only().notes()).isEqualTo("A quick call.");
    }

    @Test
    void fieldErrorsComeBackAs422KeepingTheInput() throws Exception {
        String panel =
                body(mvc.perform(add(tam, "WORKSHOP", "", "", "Kim Park", "   ").header("HX-Request", "true"))
                        .andExpect(status().is(422)));
        assertThat(panel)
                .contains("Give the date")
                .contains("Write what happened")
                .contains("value=\"Kim Park\"")
                .contains("<option value=\"WORKSHOP\" selected=\"selected\">");

        String tooMany = String.join(
                ", ",
                java.util.stream.IntStream.range(0, 51).mapToObj(i -> "p" + i).toList());
        assertThat(body(mvc.perform(add(tam, "CALL", today.toString(), "", tooMany, "Big call.")
                                .header("HX-Request", "true"))
                        .andExpect(status().is(422))))
                .contains("At most 50 attendees")
                .contains("Big call.");
        assertThat(timeline.ofAccount(accountId, PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void anotherTamReadsButNeitherAddsNorEdits() throws Exception {
        UUID entry = record(TimelineEntryType.CALL, today, tam, null, "The TAM's call.");
        String panel = body(panel(otherTam).andExpect(status().isOk()));
        assertThat(panel)
                .contains("The TAM's call.")
                .doesNotContain("id=\"timeline-add\"")
                .doesNotContain("/timeline/" + entry + "/edit");

        mvc.perform(add(otherTam, "CALL", today.toString(), "", "", "Not mine to write."))
                .andExpect(status().isForbidden());
        mvc.perform(get(entryPath(entry) + "/edit").with(SignedIn.as(otherTam))).andExpect(status().isForbidden());
        mvc.perform(edit(otherTam, entry, 0, "CALL", today, "", "", "Rewritten by someone else."))
                .andExpect(status().isForbidden());
        assertThat(timeline.get(entry).notes()).isEqualTo("The TAM's call.");
        assertThat(timeline.get(entry).revisions()).isEmpty();
    }

    @Test
    void theAuthorEditsAndTheHistoryKeepsTheEarlierVersion() throws Exception {
        UUID entry = record(TimelineEntryType.CALL, today.minusDays(1), tam, null, "First *draft*.");
        String form = body(mvc.perform(get(entryPath(entry) + "/edit")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(tam)))
                .andExpect(status().isOk()));
        assertThat(form).contains("First *draft*.").contains("name=\"version\"");

        String fragment =
                body(mvc.perform(edit(tam, entry, 0, "MEETING", today.minusDays(1), "", "Ana", "Final **notes**.")
                                .header("HX-Request", "true"))
                        .andExpect(status().isOk()));
        assertThat(fragment)
                .contains("id=\"timeline-entry-" + entry + "\"")
                .contains("Final <strong>notes</strong>.")
                .contains("Edited by " + tam.displayName())
                .contains("earlier versions (1)")
                .contains("Version 1 by " + tam.displayName())
                .contains("First <em>draft</em>.");

        TimelineEntryView saved = timeline.get(entry);
        assertThat(saved.type()).isEqualTo(TimelineEntryType.MEETING);
        assertThat(saved.attendees()).containsExactly("Ana");
        assertThat(saved.editedBy()).isNotNull();
        assertThat(saved.revisions()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.notes()).isEqualTo("First *draft*.");
            assertThat(r.type()).isEqualTo(TimelineEntryType.CALL);
            assertThat(r.writtenBy().id()).isEqualTo(tam.id());
        });

        // the whole panel shows the history too
        assertThat(body(panel(otherTam)))
                .contains("Edited by " + tam.displayName())
                .contains("First <em>draft</em>.");
    }

    @Test
    void aManagerEditsAnyEntryAndEachEditKeepsAVersion() throws Exception {
        UUID entry = record(TimelineEntryType.EMAIL, today, tam, null, "Sent the plan.");
        mvc.perform(edit(manager, entry, 0, "EMAIL", today, "", "", "Sent the plan and the pricing."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts/" + accountId))
                .andExpect(flash().attribute("message", "timeline.edited"));
        mvc.perform(edit(tam, entry, 1, "EMAIL", today, "", "", "Sent the plan, the pricing and the SOW."))
                .andExpect(status().isFound());

        TimelineEntryView saved = timeline.get(entry);
        assertThat(saved.notes()).isEqualTo("Sent the plan, the pricing and the SOW.");
        assertThat(saved.editedBy().id()).isEqualTo(tam.id());
        assertThat(saved.revisions())
                .extracting(r -> r.number() + " " + r.writtenBy().username() + " " + r.notes())
                .containsExactly(
                        "2 " + manager.username() + " Sent the plan and the pricing.",
                        "1 " + tam.username() + " Sent the plan.");
    }

    @Test
    void anEditOverANewerSaveIsAConflictKeepingWhatWasTyped() throws Exception {
        UUID entry = record(TimelineEntryType.CALL, today, tam, null, "Original.");
        mvc.perform(edit(manager, entry, 0, "CALL", today, "", "", "The manager's fix."))
                .andExpect(status().isFound());

        String conflict = body(mvc.perform(edit(tam, entry, 0, "CALL", today, "", "", "The TAM's own rewrite.")
                        .header("HX-Request", "true"))
                .andExpect(status().isConflict()));
        assertThat(conflict)
                .contains("Someone else saved this record")
                .contains(">The TAM&#39;s own rewrite.</textarea>")
                .contains("Saved meanwhile by " + manager.displayName())
                .contains("<p>The manager's fix.</p>")
                .contains("name=\"version\" value=\"1\"");
        assertThat(timeline.get(entry).notes()).isEqualTo("The manager's fix.");

        // saving again, now over the version shown, wins
        mvc.perform(edit(tam, entry, 1, "CALL", today, "", "", "The TAM's own rewrite."))
                .andExpect(status().isFound());
        assertThat(timeline.get(entry).notes()).isEqualTo("The TAM's own rewrite.");
    }

    @Test
    void editFieldErrorsComeBackAs422() throws Exception {
        UUID entry = record(TimelineEntryType.CALL, today, tam, null, "Original.");
        String form =
                body(mvc.perform(edit(tam, entry, 0, "CALL", null, "", "Jo", "").header("HX-Request", "true"))
                        .andExpect(status().is(422)));
        assertThat(form)
                .contains("Give the date")
                .contains("Write what happened")
                .contains("value=\"Jo\"");
        assertThat(timeline.get(entry).notes()).isEqualTo("Original.");
    }

    @Test
    void theNewestUpdateSetsTheAccountSentimentWhenAddedOrEdited() throws Exception {
        String panel = body(mvc.perform(add(tam, "UPDATE", today.toString(), "YELLOW", "", "Slipping a bit.")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(panel).contains("The account&#39;s sentiment is now Yellow.");
        assertThat(sentiment()).isEqualTo(Sentiment.YELLOW);
        UUID newest = only().id();

        // a back-dated update is history: it does not override the newer one
        mvc.perform(add(tam, "UPDATE", today.minusDays(10).toString(), "GREEN", "", "Back then all was well."))
                .andExpect(status().isFound());
        assertThat(sentiment()).isEqualTo(Sentiment.YELLOW);
        UUID older = timeline.ofAccount(accountId, PageRequest.of(0, 5)).getContent().stream()
                .filter(e -> !e.id().equals(newest))
                .findFirst()
                .orElseThrow()
                .id();

        // revising the newest update's sentiment revises the account's
        mvc.perform(edit(tam, newest, 0, "UPDATE", today, "RED", "", "Slipping badly."))
                .andExpect(status().isFound());
        assertThat(sentiment()).isEqualTo(Sentiment.RED);

        // correcting an older update changes only history
        mvc.perform(edit(tam, older, 0, "UPDATE", today.minusDays(10), "YELLOW", "", "Back then it was so-so."))
                .andExpect(status().isFound());
        assertThat(sentiment()).isEqualTo(Sentiment.RED);

        // a typo fixed in the newest update does not undo a sentiment set since on the C360
        accounts.reviseSentiment(accountId, Sentiment.GREEN);
        mvc.perform(edit(tam, newest, 1, "UPDATE", today, "RED", "", "Slipping, badly."))
                .andExpect(status().isFound());
        assertThat(sentiment()).isEqualTo(Sentiment.GREEN);

        // taking the sentiment off the newest update hands the account to the next newest one
        mvc.perform(edit(tam, newest, 2, "UPDATE", today, "", "", "Slipping, badly."))
                .andExpect(status().isFound());
        assertThat(sentiment()).isEqualTo(Sentiment.YELLOW);
    }

    // ---- helpers ----

    private ResultActions panel(UserView viewer) throws Exception {
        return mvc.perform(get("/accounts/" + accountId + "/timeline").with(SignedIn.as(viewer)));
    }

    private MockHttpServletRequestBuilder add(
            UserView who, String type, String date, String sentiment, String attendees, String notes) {
        return post("/accounts/" + accountId + "/timeline")
                .param("type", type)
                .param("date", date)
                .param("sentiment", sentiment)
                .param("attendees", attendees)
                .param("notes", notes)
                .with(SignedIn.as(who))
                .with(csrf());
    }

    private MockHttpServletRequestBuilder edit(
            UserView who,
            UUID entry,
            long version,
            String type,
            @Nullable LocalDate date,
            String sentiment,
            String attendees,
            String notes) {
        return post(entryPath(entry))
                .param("version", String.valueOf(version))
                .param("type", type)
                .param("date", date == null ? "" : date.toString())
                .param("sentiment", sentiment)
                .param("attendees", attendees)
                .param("notes", notes)
                .with(SignedIn.as(who))
                .with(csrf());
    }

    private String entryPath(UUID entry) {
        return "/accounts/" + accountId + "/timeline/" + entry;
    }

    private UUID record(
            TimelineEntryType type, LocalDate date, UserView author, @Nullable Sentiment sentiment, String notes) {
        return timeline.record(new NewTimelineEntry(accountId, type, date, author.id(), sentiment, notes));
    }

    private TimelineEntryView only() {
        List<TimelineEntryView> entries =
                timeline.ofAccount(accountId, PageRequest.of(0, 5)).getContent();
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }

    private @Nullable Sentiment sentiment() {
        return accounts.get(accountId).sentiment();
    }

    private UUID account(UserView owner) {
        var details = new AccountDetails(
                "Timeline Test " + TestData.unique("co"),
                Segment.SMB,
                Region.AMER,
                false,
                DeploymentType.SAAS,
                ProductTier.PREMIUM,
                10,
                new BigDecimal("5000"),
                LocalDate.now().minusDays(3),
                false,
                null,
                null);
        return accounts.upsertFromCrm(TestData.unique("TL"), details, owner.username(), List.of())
                .account()
                .id();
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
