package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import dev.facet.team.TeamPlanFixtures.People;
import dev.facet.team.rules.DueDatePolicy;
import dev.facet.team.rules.DueStatePolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The new hire's, the buddy's and the manager's pages, and starting a plan, through MockMvc. */
@ApplicationTest
class TeamPlanPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamPlanManagement plans;

    @Autowired
    UserManagement users;

    @Autowired
    Clock clock;

    People people;
    LocalDate today;
    RequestPostProcessor newHire;
    RequestPostProcessor manager;
    RequestPostProcessor buddy;

    @BeforeEach
    void people() {
        people = TeamPlanFixtures.people(users);
        today = TeamPlanFixtures.today(clock);
        newHire = SignedIn.as(people.newHire());
        manager = SignedIn.as(people.manager());
        buddy = SignedIn.as(people.buddy());
    }

    @Test
    void theNewHireSeesWhatIsDueThisWeekWhatIsOverdueAndProgressPerModule() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, startWithMonthTwoEndingThisWeek());
        PlanView plan = plans.plan(header.id(), people.asNewHire());
        PlanItemView monthOne = plan.itemsOf(PlanAudience.NEW_HIRE).getFirst();
        PlanItemView monthTwo = plan.itemsOf(PlanAudience.NEW_HIRE).stream()
                .filter(i -> i.month() == PlanMonth.MONTH_2)
                .findFirst()
                .orElseThrow();

        mvc.perform(get("/team").with(newHire)).andExpect(redirectedUrl("/team/my-plan"));
        Document page = page("/team/my-plan", newHire);
        assertThat(page.select("#nav-team")).hasSize(1);
        assertThat(page.select("#plan-overdue").text()).contains(monthOne.title());
        assertThat(page.select("#plan-this-week").text())
                .contains(monthTwo.title())
                .doesNotContain(monthOne.title());
        assertThat(page.select("#module-1").text()).contains("Module 1: CSM Basics and Call Shadowing", "0/3");
        assertThat(page.select("#module-9").text()).contains("Sales Quick Start (SQS)", "0/2");
        assertThat(page.select("#module-1 a[href]").attr("href"))
                .startsWith("https://levelup.gitlab.com/learn/learning-path/");
        assertThat(page.select("progress.plan-progress")).isNotEmpty();
        assertThat(page.select("#plan-chart").attr("data-chart"))
                .contains("\"type\":\"bar\"", "Month 1", "Beyond 3 months", "Not applicable");
        assertThat(page.select("#checklist-NEW_HIRE, #checklist-MANAGER, #checklist-BUDDY"))
                .hasSize(3);
        assertThat(page.select("#checklist-MANAGER").text())
                .contains("Month 1", "due " + format(DueDatePolicy.dueDate(header.startDate(), PlanMonth.MONTH_1)))
                .contains("Beyond 3 months", "Discuss at length: Cadence Calls");
        // The new hire ticks only their own checklist.
        assertThat(page.select("#checklist-NEW_HIRE form[action$=/done]")).hasSize(28);
        assertThat(page.select("#checklist-MANAGER form, #checklist-BUDDY form"))
                .isEmpty();
        assertThat(page.select("#plan-criteria li.graduation-criterion")).hasSize(7);
        assertThat(page.select("form[action$=/cancel]")).isEmpty();

        mvc.perform(post(itemPath(header, monthOne, "done"))
                        .with(csrf())
                        .with(newHire)
                        .param("from", "my-plan"))
                .andExpect(redirectedUrl("/team/my-plan#item-" + monthOne.id()));
        mvc.perform(post(itemPath(header, plan.itemsOf(PlanAudience.NEW_HIRE).get(1), "not-applicable"))
                        .with(csrf())
                        .with(newHire)
                        .param("from", "my-plan")
                        .param("note", "Certified before joining"))
                .andExpect(redirectedUrl("/team/my-plan#item-"
                        + plan.itemsOf(PlanAudience.NEW_HIRE).get(1).id()));
        Document after = page("/team/my-plan", newHire);
        assertThat(after.select("#module-1").text()).contains("2/3");
        assertThat(after.select("#item-" + monthOne.id()).text()).contains("Done", "Closed on");
        assertThat(after.select("#item-"
                                + plan.itemsOf(PlanAudience.NEW_HIRE).get(1).id())
                        .text())
                .contains("Not applicable", "Note: Certified before joining");
        assertThat(after.select("#item-" + monthOne.id() + " form[action$=/reopen]"))
                .hasSize(1);
        assertThat(after.select("#plan-overdue").text()).doesNotContain(monthOne.title());
    }

    @Test
    void notApplicableWithoutANoteComesBackWithTheErrorAndAStaleClickSaysSo() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today);
        PlanItemView item = plans.plan(header.id(), people.asNewHire())
                .itemsOf(PlanAudience.NEW_HIRE)
                .getFirst();
        String html = mvc.perform(post(itemPath(header, item, "not-applicable"))
                        .with(csrf())
                        .with(newHire)
                        .param("from", "my-plan")
                        .param("note", "  ")
                        .header("HX-Request", "true"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#item-" + item.id() + " .invalid-feedback").text())
                .isEqualTo("Leave a note saying why the item does not apply.");
        assertThat(page.select("#plan-body")).hasSize(1);

        mvc.perform(post(itemPath(header, item, "done")).with(csrf()).with(newHire));
        mvc.perform(post(itemPath(header, item, "done")).with(csrf()).with(newHire))
                .andExpect(redirectedUrl("/team/plans/" + header.id() + "#item-" + item.id()))
                .andExpect(flash().attribute("planError", "team.plan.item.changed"));
        mvc.perform(get("/team/plans/" + header.id()).with(newHire).flashAttr("planError", "team.plan.item.changed"))
                .andExpect(content().string(containsString("changed meanwhile")));
    }

    @Test
    void theManagerListsTheirPlansTicksTheirItemsAndEndsAPlan() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today);
        PlanItemView managerItem = plans.plan(header.id(), people.asManager())
                .itemsOf(PlanAudience.MANAGER)
                .getFirst();

        mvc.perform(get("/team").with(manager)).andExpect(redirectedUrl("/team/plans"));
        Document list = page("/team/plans", manager);
        assertThat(list.select("#plans-table tbody tr")).hasSize(1);
        assertThat(list.select("#plan-" + header.id()).text())
                .contains(people.newHire().displayName(), people.buddy().displayName(), "0/28", "0/27", "0/12");
        assertThat(list.select("#plan-" + header.id() + " a").attr("href")).isEqualTo("/team/plans/" + header.id());

        Document plan = page("/team/plans/" + header.id(), manager);
        assertThat(plan.select("#checklist-MANAGER form[action$=/done]")).hasSize(27);
        assertThat(plan.select("#checklist-NEW_HIRE form, #checklist-BUDDY form"))
                .isEmpty();
        assertThat(plan.select("#plan-people").text())
                .contains(people.manager().displayName(), people.buddy().displayName());
        mvc.perform(post(itemPath(header, managerItem, "done")).with(csrf()).with(manager))
                .andExpect(redirectedUrl("/team/plans/" + header.id() + "#item-" + managerItem.id()));
        assertThat(page("/team/plans", manager).select("#plan-" + header.id()).text())
                .contains("1/27");

        mvc.perform(post("/team/plans/" + header.id() + "/cancel")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(manager)
                        .param("expectedVersion", String.valueOf(header.version())))
                .andExpect(redirectedUrl("/team/plans/" + header.id()))
                .andExpect(flash().attribute("message", "team.plan.cancelled"));
        Document ended = page("/team/plans/" + header.id(), manager);
        assertThat(ended.select(".plan-status").text()).isEqualTo("Ended");
        assertThat(ended.select("#plan-body form")).isEmpty();
        mvc.perform(post("/team/plans/" + header.id() + "/cancel")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(manager)
                        .param("expectedVersion", String.valueOf(header.version())))
                .andExpect(flash().attribute("planError", "team.plan.changed"));
        mvc.perform(get("/team/my-plan").with(newHire))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no running onboarding plan")));
    }

    @Test
    void theBuddySeesTheirBuddiesAndTicksTheirOwnItems() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today);
        TeamPlanFixtures.start(plans, TeamPlanFixtures.people(users), today);
        PlanItemView buddyItem = plans.plan(header.id(), people.asBuddy())
                .itemsOf(PlanAudience.BUDDY)
                .getFirst();

        mvc.perform(get("/team").with(buddy)).andExpect(redirectedUrl("/team/buddy"));
        Document page = page("/team/buddy", buddy);
        assertThat(page.select(".buddy-plan")).hasSize(1);
        assertThat(page.select("#buddy-plan-" + header.id()).text())
                .contains(people.newHire().displayName(), "Nurture a welcoming environment for the new team member");
        assertThat(page.select("#buddy-plan-" + header.id() + " form[action$=/done]"))
                .hasSize(12);
        mvc.perform(post(itemPath(header, buddyItem, "done"))
                        .with(csrf())
                        .with(buddy)
                        .param("from", "buddy"))
                .andExpect(redirectedUrl("/team/buddy#item-" + buddyItem.id()));
        assertThat(page("/team/buddy", buddy)
                        .select("#buddy-plan-" + header.id())
                        .text())
                .contains("1/12")
                .doesNotContain("Nurture a welcoming environment");
        mvc.perform(post(itemPath(header, buddyItem, "not-applicable"))
                        .with(csrf())
                        .with(buddy)
                        .param("from", "buddy"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeExists("itemError"));

        Document plan = page("/team/plans/" + header.id(), buddy);
        assertThat(plan.select("#checklist-BUDDY form[action$=/done]")).hasSize(11);
        assertThat(plan.select("#checklist-NEW_HIRE form, #checklist-MANAGER form"))
                .isEmpty();
        assertThat(plan.select("#team-tabs a[href=/team/plans]")).isEmpty();

        var someoneElse = SignedIn.as(people.otherTam());
        mvc.perform(get("/team").with(someoneElse)).andExpect(redirectedUrl("/team/my-plan"));
        assertThat(page("/team/buddy", someoneElse).select("#no-buddies")).hasSize(1);
    }

    @Test
    void aManagerStartsAPlanAndTheFormNamesWhatIsWrong() throws Exception {
        Document form = page("/team/plans/new", manager);
        assertThat(form.select("#newHireId option").eachAttr("value"))
                .contains(people.newHire().id().toString(), people.buddy().id().toString());
        assertThat(form.select("select#managerId")).isEmpty();
        assertThat(form.select("input[name=managerId]").attr("value"))
                .isEqualTo(people.manager().id().toString());
        assertThat(form.select("#startDate").attr("value")).isEqualTo(today.toString());

        mvc.perform(post("/team/plans").with(csrf()).with(manager).param("startDate", "not a date"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "newHireId", "buddyId", "startDate"));
        mvc.perform(startPlan(manager, people.newHire().id(), people.newHire().id()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("form", "buddyId", "team.plan.buddy.isNewHire"))
                .andExpect(content().string(containsString("cannot be their own buddy")));

        String location = mvc.perform(
                        startPlan(manager, people.newHire().id(), people.buddy().id()))
                .andExpect(flash().attribute("message", "team.plan.started"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID planId = plans.activePlanOf(people.newHire().id()).orElseThrow();
        assertThat(location).isEqualTo("/team/plans/" + planId);
        mvc.perform(startPlan(manager, people.newHire().id(), people.buddy().id()))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasFieldErrorCode("form", "newHireId", "team.plan.newHire.hasPlan"));

        // An admin chooses the manager and sees every plan, but ticks nothing.
        var admin = SignedIn.as(TestData.user(users, Role.ADMIN));
        assertThat(page("/team/plans/new", admin).select("#managerId option").eachAttr("value"))
                .contains(people.manager().id().toString());
        mvc.perform(get("/team").with(admin)).andExpect(redirectedUrl("/team/plans"));
        assertThat(page("/team/plans", admin).select("#plan-" + planId)).hasSize(1);
        Document plan = page("/team/plans/" + planId, admin);
        assertThat(plan.select("form[action*=/items/]")).isEmpty();
        assertThat(plan.select("form[action$=/cancel]")).hasSize(1);
        assertThat(page("/admin", admin).select("#admin-team-plan").attr("href"))
                .isEqualTo("/admin/team-plan");
    }

    @Test
    void storedTextIsShownAsTextAndOnlyWebAddressesBecomeLinks() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today);
        String html = mvc.perform(get("/team/plans/" + header.id()).with(manager))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("href=\"https://about.gitlab.com/pricing/\"")
                .contains("The new hire&#39;s objectives and certifications")
                .doesNotContain("href=\"javascript");
        mvc.perform(get("/team/plans/" + UUID.randomUUID()).with(manager)).andExpect(status().isNotFound());
        mvc.perform(get("/team/plans/not-a-uuid").with(manager)).andExpect(status().is4xxClientError());
        mvc.perform(get("/team/my-plan").with(manager)).andExpect(content().string(not(containsString("plan-body"))));
    }

    /** A start date two months ago whose month 2 ends between today and Sunday, so something is due this week. */
    @Test
    void theShadowingPageCountsShortWeeksFromThePlansStartAsThePlanPagesDo() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, startWithMonthTwoEndingThisWeek());
        String plansPage = page("/team/plans", manager)
                .select("#plan-" + header.id() + " .plan-shadowing")
                .text();
        String shadowing =
                page("/team/shadowing", newHire).select("#summary-short").text();

        // No call logged in the plan's weeks: every finished week since its start is short, on both pages.
        java.util.regex.Matcher weeks =
                java.util.regex.Pattern.compile("(\\d+) short weeks").matcher(plansPage);
        assertThat(weeks.find()).as(plansPage).isTrue();
        assertThat(Integer.parseInt(weeks.group(1))).isGreaterThan(1);
        assertThat(shadowing).isEqualTo(weeks.group(1) + " short weeks");
    }

    private LocalDate startWithMonthTwoEndingThisWeek() {
        for (LocalDate start = today.minusDays(75); start.isBefore(today.minusDays(45)); start = start.plusDays(1)) {
            LocalDate due = DueDatePolicy.dueDate(start, PlanMonth.MONTH_2);
            if (!due.isBefore(today) && !due.isAfter(DueStatePolicy.endOfWeek(today))) {
                return start;
            }
        }
        throw new IllegalStateException("No start date found for " + today);
    }

    private Document page(String path, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder startPlan(
            RequestPostProcessor user, UUID newHireId, UUID buddyId) {
        return post("/team/plans")
                .with(csrf())
                .with(user)
                .param("newHireId", newHireId.toString())
                .param("buddyId", buddyId.toString())
                .param("startDate", today.toString());
    }

    private static String itemPath(PlanHeader plan, PlanItemView item, String action) {
        return "/team/plans/" + plan.id() + "/items/" + item.id() + "/" + action;
    }

    private static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
