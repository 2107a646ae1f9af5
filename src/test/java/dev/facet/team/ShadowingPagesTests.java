package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import dev.facet.security.CurrentUser;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The shadowing log through the whole stack on PostgreSQL: logging, the weekly view, and who may do what. */
@ApplicationTest
class ShadowingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ShadowingManagement shadowing;

    UserView manager;
    UserView newHire;
    UserView buddy;
    UserView otherTam;
    UserView admin;
    UUID accountId;
    String accountName;
    LocalDate today;

    @BeforeEach
    void setUp() {
        manager = TestData.user(users, Role.MANAGER);
        newHire = user(Role.TAM, manager.id(), "UTC");
        buddy = TestData.user(users, Role.TAM);
        otherTam = TestData.user(users, Role.TAM);
        admin = TestData.user(users, Role.ADMIN);
        accountName = "Shadowing Test " + TestData.unique("co");
        accountId = account(accountName, buddy);
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void theNewHireLogsACallAndSeesItCountedThisWeek() throws Exception {
        mvc.perform(logCall(newHire, today, "OBSERVE", buddy.id(), accountId, "Cadence call, <b>listened</b>."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/team/shadowing#calls"))
                .andExpect(flash().attribute("message", "team.call.logged"));

        String page = body(
                mvc.perform(get("/team/shadowing").with(SignedIn.as(newHire))).andExpect(status().isOk()));
        assertThat(page)
                .contains("My shadowing")
                .contains("id=\"call-form\"")
                .contains("Observe: listen in on an established colleague")
                .contains("with " + buddy.displayName())
                .contains(accountName)
                .contains("Cadence call, &lt;b&gt;listened&lt;/b&gt;.")
                .contains("data-week=\""
                        + new ShadowingWeek(ShadowingWeekPolicy.weekOf(today), 0, 4, WeekStatus.MET).label() + "\"")
                .contains("1 / 4")
                .contains("This week")
                .contains("canvas id=\"weeks-chart\"")
                .contains("data-chart=\"{&quot;type&quot;:&quot;bar&quot;");
        // the new hire logs their own calls, not meetings someone joined
        assertThat(page).doesNotContain("id=\"meeting-form\"").contains("id=\"role-play-form\"");

        ShadowingSummary summary = shadowing.summaryOf(newHire.id());
        assertThat(summary.totalCalls()).isEqualTo(1);
        assertThat(summary.weeksLogged()).isEqualTo(1);
        assertThat(summary.weeks().getLast().status()).isEqualTo(WeekStatus.IN_PROGRESS);
    }

    @Test
    void aFutureDateOrAMissingStageComesBackAsFieldErrorsKeepingTheInput() throws Exception {
        String future = body(mvc.perform(logCall(newHire, today.plusDays(1), "CO_LEAD", buddy.id(), null, "Planned."))
                .andExpect(status().is(422)));
        assertThat(future)
                .contains("the date may not be in the future")
                .contains("Planned.")
                .contains("<option value=\"CO_LEAD\" selected=\"selected\"");

        String noStage = body(mvc.perform(logCall(newHire, today, "", buddy.id(), accountId, "Forgot the stage."))
                .andExpect(status().is(422)));
        assertThat(noStage)
                .contains("Pick the stage of shadowing")
                .contains("Forgot the stage.")
                .contains("<option value=\"" + accountId + "\" selected=\"selected\"");

        String noOne = body(
                mvc.perform(logCall(newHire, today, "OBSERVE", null, null, "")).andExpect(status().is(422)));
        assertThat(noOne).contains("Say whom you shadowed");

        // naming oneself, or someone who works no accounts, is not shadowing anyone
        assertThat(body(mvc.perform(logCall(newHire, today, "OBSERVE", admin.id(), null, ""))
                        .andExpect(status().is(422))))
                .contains("Pick an active TAM or manager other than the new hire");
        assertThat(shadowing.summaryOf(newHire.id()).totalCalls()).isZero();
    }

    @Test
    void theAccountListIsSearchedByNameAndKeepsTheAccountPicked() throws Exception {
        UUID other = account("Other Shadowing " + TestData.unique("co"), buddy);
        String options = body(mvc.perform(get("/team/account-options")
                        .param("q", accountName.toUpperCase())
                        .param("required", "true")
                        .with(SignedIn.as(newHire)))
                .andExpect(status().isOk()));
        assertThat(options)
                .contains("<option value=\"\">Pick an account</option>")
                .contains("<option value=\"" + accountId + "\">" + accountName + "</option>")
                .doesNotContain(other.toString())
                .doesNotContain("<html");

        String keeping = body(mvc.perform(get("/team/account-options")
                        .param("q", accountName)
                        .param("accountId", other.toString())
                        .with(SignedIn.as(newHire)))
                .andExpect(status().isOk()));
        assertThat(keeping)
                .contains("<option value=\"\">No account</option>")
                .contains("<option value=\"" + other + "\" selected=\"selected\">")
                .contains("<option value=\"" + accountId + "\">");
    }

    @Test
    void anotherTamNeitherReadsNorChangesTheLogEvenByEditingIds() throws Exception {
        UUID call = shadowing.logCall(details(today, buddy.id()), me(newHire));
        UUID rolePlay = shadowing.logRolePlay(
                new NewRolePlay(newHire.id(), today, "First cadence call", manager.id(), null), me(newHire));

        mvc.perform(get("/team/shadowing/" + newHire.id()).with(SignedIn.as(otherTam)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/team/shadowed-calls/" + call + "/edit").with(SignedIn.as(otherTam)))
                .andExpect(status().isForbidden());
        mvc.perform(editCall(otherTam, call, 0, today, "LEAD", buddy.id(), "Rewritten."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/team/shadowed-calls/" + call + "/delete")
                        .param("confirmed", "true")
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(logMeeting(otherTam, newHire, today, accountId, "I was there."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/team/shadowing/" + newHire.id() + "/role-plays")
                        .param("date", today.toString())
                        .param("topic", "Made up")
                        .param("feedback", "Great.")
                        .with(SignedIn.as(otherTam))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/team/role-plays/" + rolePlay + "/edit").with(SignedIn.as(otherTam)))
                .andExpect(status().isForbidden());

        assertThat(shadowing.call(call, me(newHire)).notes()).isEqualTo("Shadowed.");
        assertThat(shadowing.summaryOf(newHire.id()).coLedMeetings()).isZero();

        // the manager and admins read it, but the calls stay the new hire's to edit
        String managerView =
                body(mvc.perform(get("/team/shadowing/" + newHire.id()).with(SignedIn.as(manager)))
                        .andExpect(status().isOk()));
        assertThat(managerView)
                .contains("Shadowing: " + newHire.displayName())
                .contains("with " + buddy.displayName())
                .doesNotContain("/team/shadowed-calls/" + call + "/edit")
                .doesNotContain("id=\"call-form\"")
                .contains("id=\"meeting-form\"");
        mvc.perform(editCall(manager, call, 0, today, "LEAD", buddy.id(), "The manager's view."))
                .andExpect(status().isForbidden());
        mvc.perform(get("/team/shadowing/" + newHire.id()).with(SignedIn.as(admin)))
                .andExpect(status().isOk());
        mvc.perform(logMeeting(admin, newHire, today, accountId, "Admins work no accounts."))
                .andExpect(status().isForbidden());

        mvc.perform(get("/team/shadowing/" + UUID.randomUUID()).with(SignedIn.as(manager)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theColleagueTheNewHireShadowedFollowsThemAndLogsTheMeetingsTheyJoin() throws Exception {
        assertThat(body(mvc.perform(get("/team/shadowing").with(SignedIn.as(buddy)))))
                .doesNotContain("href=\"/team/shadowing/" + newHire.id() + "\"");
        mvc.perform(get("/team/shadowing/" + newHire.id()).with(SignedIn.as(buddy)))
                .andExpect(status().isForbidden());
        shadowing.logCall(details(today.minusDays(2), buddy.id()), me(newHire));

        assertThat(body(mvc.perform(get("/team/shadowing").with(SignedIn.as(buddy)))
                        .andExpect(status().isOk())))
                .contains("New hires you follow")
                .contains("href=\"/team/shadowing/" + newHire.id() + "\"");
        assertThat(body(mvc.perform(get("/team/shadowing").with(SignedIn.as(manager)))
                        .andExpect(status().isOk())))
                .contains("href=\"/team/shadowing/" + newHire.id() + "\"");

        mvc.perform(logMeeting(buddy, newHire, today, accountId, "They led the kick-off."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/team/shadowing/" + newHire.id() + "#meetings"));
        mvc.perform(logMeeting(buddy, newHire, today, null, "No account picked."))
                .andExpect(status().is(422));
        mvc.perform(logMeeting(buddy, newHire, today.plusDays(1), accountId, "Tomorrow."))
                .andExpect(status().is(422));

        String page = body(mvc.perform(get("/team/shadowing/" + newHire.id()).with(SignedIn.as(buddy)))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("1 of the first 5-10")
                .contains("4 more to go")
                .contains("joined by " + buddy.displayName())
                .contains("They led the kick-off.");
        ShadowingSummary summary = shadowing.summaryOf(newHire.id());
        assertThat(summary.coLedMeetings()).isEqualTo(1);
        assertThat(summary.coLedMeetingsReached()).isFalse();

        // the new hire reads it, but it is the buddy's entry
        String own = body(mvc.perform(get("/team/shadowing").with(SignedIn.as(newHire))));
        assertThat(own).contains("joined by " + buddy.displayName()).doesNotContain("/team/co-led-meetings/");
    }

    @Test
    void anEditOverANewerSaveIsAConflictKeepingWhatWasTyped() throws Exception {
        UUID call = shadowing.logCall(details(today, buddy.id()), me(newHire));
        assertThat(body(mvc.perform(
                                get("/team/shadowed-calls/" + call + "/edit").with(SignedIn.as(newHire)))
                        .andExpect(status().isOk())))
                .contains("name=\"version\" value=\"0\"")
                .contains("Shadowed.");

        mvc.perform(editCall(newHire, call, 0, today, "TAKE_NOTES", buddy.id(), "Saved in another tab."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/team/shadowing#calls"));

        String conflict = body(mvc.perform(editCall(newHire, call, 0, today, "CO_LEAD", buddy.id(), "My rewrite."))
                .andExpect(status().isConflict()));
        assertThat(conflict)
                .contains("Someone else saved this record")
                .contains(">My rewrite.</textarea>")
                .contains("<option value=\"CO_LEAD\" selected=\"selected\"")
                .contains("Saved in another tab.")
                .contains("name=\"version\" value=\"1\"");
        assertThat(shadowing.call(call, me(newHire)).notes()).isEqualTo("Saved in another tab.");

        mvc.perform(editCall(newHire, call, 1, today, "CO_LEAD", buddy.id(), "My rewrite."))
                .andExpect(status().isFound());
        ShadowedCallView saved = shadowing.call(call, me(newHire));
        assertThat(saved.notes()).isEqualTo("My rewrite.");
        assertThat(saved.stage()).isEqualTo(ShadowingStage.CO_LEAD);

        mvc.perform(post("/team/shadowed-calls/" + call + "/delete")
                        .param("confirmed", "true")
                        .with(SignedIn.as(newHire))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(shadowing.summaryOf(newHire.id()).totalCalls()).isZero();
    }

    @Test
    void theNewHireLogsARolePlayAndOnlyTheGiverWritesTheFeedback() throws Exception {
        mvc.perform(post("/team/shadowing/" + newHire.id() + "/role-plays")
                        .param("date", today.toString())
                        .param("topic", "")
                        .with(SignedIn.as(newHire))
                        .with(csrf()))
                .andExpect(status().is(422));
        mvc.perform(post("/team/shadowing/" + newHire.id() + "/role-plays")
                        .param("date", today.toString())
                        .param("topic", "EBR with a skeptical VP")
                        .param("giverId", manager.id().toString())
                        .with(SignedIn.as(newHire))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/team/shadowing#role-plays"));
        RolePlayView rolePlay = shadowing
                .logOf(newHire.id(), null, firstPages(), me(newHire))
                .rolePlays()
                .getContent()
                .getFirst();
        assertThat(rolePlay.giverRole()).isEqualTo(FeedbackGiverRole.MANAGER);
        assertThat(body(mvc.perform(get("/team/shadowing").with(SignedIn.as(newHire)))))
                .contains("EBR with a skeptical VP")
                .contains("feedback from " + manager.displayName() + " (manager)")
                .contains("Waiting for feedback");

        // the new hire corrects the topic but cannot write the feedback
        String ownForm = body(
                mvc.perform(get("/team/role-plays/" + rolePlay.id() + "/edit").with(SignedIn.as(newHire)))
                        .andExpect(status().isOk()));
        assertThat(ownForm).doesNotContain("name=\"feedback\"");
        mvc.perform(editRolePlay(newHire, rolePlay.id(), 0, "EBR with a skeptical VP", "Great job, says me."))
                .andExpect(status().isForbidden());
        mvc.perform(editRolePlay(newHire, rolePlay.id(), 0, "EBR with a skeptical CFO", null))
                .andExpect(status().isFound());

        assertThat(body(mvc.perform(get("/team/role-plays/" + rolePlay.id() + "/edit")
                                .with(SignedIn.as(manager)))
                        .andExpect(status().isOk())))
                .contains("name=\"feedback\"");
        mvc.perform(editRolePlay(manager, rolePlay.id(), 1, "EBR with a skeptical CFO", "Lead with outcomes."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/team/shadowing/" + newHire.id() + "#role-plays"));

        RolePlayView given = shadowing.rolePlay(rolePlay.id(), me(newHire));
        assertThat(given.topic()).isEqualTo("EBR with a skeptical CFO");
        assertThat(given.feedback()).isEqualTo("Lead with outcomes.");
        ShadowingSummary summary = shadowing.summaryOf(newHire.id());
        assertThat(summary.rolePlays()).isEqualTo(1);
        assertThat(summary.rolePlaysWithFeedback()).isEqualTo(1);

        // named as the giver, the manager... and any colleague the new hire names follows the log
        mvc.perform(get("/team/shadowing/" + newHire.id()).with(SignedIn.as(manager)))
                .andExpect(status().isOk());
        // the giver's own role play: logged with the feedback at once
        mvc.perform(post("/team/shadowing/" + newHire.id() + "/role-plays")
                        .param("date", today.toString())
                        .param("topic", "Escalation call")
                        .param("feedback", "Calm and clear.")
                        .with(SignedIn.as(manager))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(shadowing.summaryOf(newHire.id()).rolePlaysWithFeedback()).isEqualTo(2);
    }

    @Test
    void callsAreCountedPerIsoWeekFromTheFirstLoggedWeekIncludingEmptyWeeks() {
        LocalDate thisMonday = ShadowingWeekPolicy.weekOf(today);
        LocalDate lastSunday = thisMonday.minusDays(1);
        CurrentUser me = me(newHire);
        // three weeks ago: 2 calls; two weeks ago: none; last week: 4, one of them on its Sunday; this week: 1
        shadowing.logCall(details(thisMonday.minusWeeks(3), buddy.id()), me);
        shadowing.logCall(details(thisMonday.minusWeeks(3).plusDays(4), buddy.id()), me);
        shadowing.logCall(details(thisMonday.minusWeeks(1), buddy.id()), me);
        shadowing.logCall(details(thisMonday.minusWeeks(1).plusDays(2), buddy.id()), me);
        shadowing.logCall(details(thisMonday.minusWeeks(1).plusDays(2), manager.id()), me);
        shadowing.logCall(details(lastSunday, buddy.id()), me);
        shadowing.logCall(details(thisMonday, buddy.id()), me);

        ShadowingSummary summary = shadowing.summaryOf(newHire.id());
        assertThat(summary.weeks())
                .extracting(w -> w.weekStart() + " " + w.calls() + " " + w.status())
                .containsExactly(
                        thisMonday.minusWeeks(3) + " 2 SHORT",
                        thisMonday.minusWeeks(2) + " 0 SHORT",
                        thisMonday.minusWeeks(1) + " 4 MET",
                        thisMonday + " 1 IN_PROGRESS");
        assertThat(summary.totalCalls()).isEqualTo(7);
        assertThat(summary.shortWeeks()).isEqualTo(2);
        assertThat(summary.weeksMeetingGoal()).isEqualTo(1);
        assertThat(summary.weeksWithCalls()).isEqualTo(3);
        assertThat(summary.weeklyGoalMetThroughout()).isFalse();

        // from a later start, the earlier weeks fall out of the view
        ShadowingSummary fromLastWeek = shadowing.summaryOf(newHire.id(), lastSunday);
        assertThat(fromLastWeek.weeks()).hasSize(2);
        assertThat(fromLastWeek.totalCalls()).isEqualTo(5);
        assertThat(fromLastWeek.weeklyGoalMetThroughout()).isTrue();
    }

    @Test
    void todayAndThisWeekAreOnTheNewHiresCalendar() {
        // UTC+14 and UTC-11 are always a calendar day or two apart
        ZoneId ahead = ZoneId.of("Pacific/Kiritimati");
        ZoneId behind = ZoneId.of("Pacific/Pago_Pago");
        UserView early = user(Role.TAM, null, ahead.getId());
        UserView late = user(Role.TAM, null, behind.getId());
        LocalDate todayAhead = LocalDate.now(ahead);

        shadowing.logCall(details(todayAhead, buddy.id()), me(early));
        assertThatThrownBy(() -> shadowing.logCall(details(todayAhead, buddy.id()), me(late)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("future");

        List<ShadowingWeek> weeks = shadowing.summaryOf(early.id()).weeks();
        assertThat(weeks.getLast().weekStart()).isEqualTo(ShadowingWeekPolicy.weekOf(todayAhead));
        assertThat(weeks.getLast().calls()).isEqualTo(1);
    }

    // ---- helpers ----

    private MockHttpServletRequestBuilder logCall(
            UserView who,
            LocalDate date,
            String stage,
            @Nullable UUID shadowedUserId,
            @Nullable UUID account,
            String notes) {
        return post("/team/shadowed-calls")
                .param("date", date.toString())
                .param("stage", stage)
                .param("shadowedUserId", shadowedUserId == null ? "" : shadowedUserId.toString())
                .param("accountId", account == null ? "" : account.toString())
                .param("notes", notes)
                .with(SignedIn.as(who))
                .with(csrf());
    }

    private MockHttpServletRequestBuilder editCall(
            UserView who, UUID call, long version, LocalDate date, String stage, UUID shadowedUserId, String notes) {
        return post("/team/shadowed-calls/" + call)
                .param("version", String.valueOf(version))
                .param("date", date.toString())
                .param("stage", stage)
                .param("shadowedUserId", shadowedUserId.toString())
                .param("accountId", "")
                .param("notes", notes)
                .with(SignedIn.as(who))
                .with(csrf());
    }

    private MockHttpServletRequestBuilder logMeeting(
            UserView who, UserView forNewHire, LocalDate date, @Nullable UUID account, String notes) {
        return post("/team/shadowing/" + forNewHire.id() + "/co-led-meetings")
                .param("date", date.toString())
                .param("accountId", account == null ? "" : account.toString())
                .param("notes", notes)
                .with(SignedIn.as(who))
                .with(csrf());
    }

    private MockHttpServletRequestBuilder editRolePlay(
            UserView who, UUID rolePlay, long version, String topic, @Nullable String feedback) {
        var request = post("/team/role-plays/" + rolePlay)
                .param("version", String.valueOf(version))
                .param("date", today.toString())
                .param("topic", topic);
        if (feedback != null) {
            request.param("feedback", feedback);
        }
        return request.with(SignedIn.as(who)).with(csrf());
    }

    private static ShadowedCallDetails details(LocalDate date, UUID shadowedUserId) {
        return new ShadowedCallDetails(date, null, ShadowingStage.OBSERVE, shadowedUserId, "Shadowed.");
    }

    private static ShadowingPages firstPages() {
        return new ShadowingPages(PageRequest.of(0, 10), PageRequest.of(0, 10), PageRequest.of(0, 10));
    }

    private static CurrentUser me(UserView user) {
        return SignedIn.currentUser(user);
    }

    private UserView user(Role role, @Nullable UUID managerId, String zone) {
        String username = TestData.unique(role.name().toLowerCase());
        return users.create(new NewUser(
                username,
                "User " + username,
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(role),
                managerId,
                zone));
    }

    private UUID account(String name, UserView tam) {
        var details = new AccountDetails(
                name,
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
        return accounts.upsertFromCrm(TestData.unique("SH"), details, tam.username(), List.of())
                .account()
                .id();
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
