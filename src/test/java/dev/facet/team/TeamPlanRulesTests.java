package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import dev.facet.team.TeamPlanFixtures.People;
import dev.facet.team.rules.DueDatePolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Starting a plan and who may do what with it, through the service and, for the refusals that an id in
 * a URL could try, through HTTP.
 */
@ApplicationTest
class TeamPlanRulesTests {

    @Autowired
    TeamPlanManagement plans;

    @Autowired
    TeamPlanTemplateManagement templates;

    @Autowired
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    People people;
    LocalDate today;

    @BeforeEach
    void people() {
        people = TeamPlanFixtures.people(users);
        today = TeamPlanFixtures.today(clock);
    }

    @Test
    void aPlanCopiesTheCurrentTemplateIntoThreeChecklistsDueByTheEndOfEachMonth() {
        LocalDate start = today.minusDays(10);
        PlanHeader header = TeamPlanFixtures.start(plans, people, start);
        TemplateVersionView template = templates.current();

        PlanView plan = plans.plan(header.id(), people.asNewHire());
        assertThat(plan.header().newHire().id()).isEqualTo(people.newHire().id());
        assertThat(plan.header().templateVersion()).isEqualTo(template.version());
        assertThat(plan.items()).hasSameSizeAs(template.items());
        assertThat(plan.items())
                .extracting(PlanItemView::title)
                .containsExactlyElementsOf(
                        template.items().stream().map(TemplateItemView::title).toList());
        for (PlanAudience audience : PlanAudience.values()) {
            assertThat(plan.itemsOf(audience)).hasSameSizeAs(template.itemsOf(audience));
        }
        assertThat(plan.items()).allSatisfy(item -> {
            assertThat(item.status()).isEqualTo(PlanItemStatus.OPEN);
            assertThat(item.dueDate()).isEqualTo(DueDatePolicy.dueDate(start, item.month()));
        });
        assertThat(plan.sections()).isEqualTo(template.sections());
        assertThat(plan.criteria()).isEqualTo(template.criteria());
        assertThat(plan.progress().overall())
                .isEqualTo(new ProgressCount(0, template.items().size()));
        assertThat(plans.activePlanOf(people.newHire().id())).contains(header.id());
        assertThat(plans.activePlansOf(
                        List.of(people.newHire().id(), people.buddy().id())))
                .isEqualTo(Map.of(people.newHire().id(), header.id()));
    }

    @Test
    void eachChecklistIsTickedOnlyByItsOwnPerson() {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today);
        PlanView plan = plans.plan(header.id(), people.asManager());
        UUID newHireItem = plan.itemsOf(PlanAudience.NEW_HIRE).getFirst().id();
        UUID managerItem = plan.itemsOf(PlanAudience.MANAGER).getFirst().id();
        UUID buddyItem = plan.itemsOf(PlanAudience.BUDDY).getFirst().id();
        CurrentUser admin = SignedIn.currentUser(TestData.user(users, Role.ADMIN));

        // A new hire cannot tick the manager's items, nor the buddy's; and so on for each of them.
        for (CurrentUser someoneElse : List.of(people.asNewHire(), people.asBuddy(), people.asOtherTam(), admin)) {
            assertThatThrownBy(() -> plans.markDone(header.id(), managerItem, someoneElse))
                    .isInstanceOf(AccessDeniedToObjectException.class);
        }
        for (CurrentUser someoneElse : List.of(people.asManager(), people.asBuddy(), people.asOtherTam(), admin)) {
            assertThatThrownBy(() -> plans.markDone(header.id(), newHireItem, someoneElse))
                    .isInstanceOf(AccessDeniedToObjectException.class);
        }
        for (CurrentUser someoneElse : List.of(people.asNewHire(), people.asManager(), people.asOtherTam(), admin)) {
            assertThatThrownBy(() -> plans.reopen(header.id(), buddyItem, someoneElse))
                    .isInstanceOf(AccessDeniedToObjectException.class);
        }

        plans.markDone(header.id(), newHireItem, people.asNewHire());
        plans.markNotApplicable(header.id(), managerItem, "Done in the team onboarding call", people.asManager());
        plans.markDone(header.id(), buddyItem, people.asBuddy());
        PlanView ticked = plans.plan(header.id(), people.asBuddy());
        assertThat(item(ticked, newHireItem).status()).isEqualTo(PlanItemStatus.DONE);
        assertThat(item(ticked, newHireItem).closedBy())
                .isEqualTo(people.newHire().id());
        assertThat(item(ticked, managerItem).status()).isEqualTo(PlanItemStatus.NOT_APPLICABLE);
        assertThat(item(ticked, managerItem).note()).isEqualTo("Done in the team onboarding call");
        assertThat(item(ticked, buddyItem).status()).isEqualTo(PlanItemStatus.DONE);
        assertThat(ticked.progress().overall().closed()).isEqualTo(3);

        assertThatThrownBy(() -> plans.markDone(header.id(), newHireItem, people.asNewHire()))
                .isInstanceOf(ConflictException.class);
        plans.reopen(header.id(), newHireItem, people.asNewHire());
        assertThat(item(plans.plan(header.id(), people.asNewHire()), newHireItem)
                        .status())
                .isEqualTo(PlanItemStatus.OPEN);
        assertThatThrownBy(() -> plans.markNotApplicable(header.id(), newHireItem, " ", people.asNewHire()))
                .isInstanceOf(InvalidInputException.class);
        // An item of another plan is not found through this plan's id.
        PlanHeader other = TeamPlanFixtures.start(plans, TeamPlanFixtures.people(users), today);
        UUID foreignItem = plans.plan(other.id(), admin).items().getFirst().id();
        assertThatThrownBy(() -> plans.markDone(header.id(), foreignItem, people.asNewHire()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyThePlansPeopleAndAdminsSeeAPlan() {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today);
        CurrentUser admin = SignedIn.currentUser(TestData.user(users, Role.ADMIN));
        CurrentUser otherManager = SignedIn.currentUser(TestData.user(users, Role.MANAGER));
        for (CurrentUser reader : List.of(people.asNewHire(), people.asManager(), people.asBuddy(), admin)) {
            assertThat(plans.plan(header.id(), reader).header().id()).isEqualTo(header.id());
        }
        for (CurrentUser stranger : List.of(people.asOtherTam(), otherManager)) {
            assertThatThrownBy(() -> plans.plan(header.id(), stranger))
                    .isInstanceOf(AccessDeniedToObjectException.class);
        }
        assertThat(plans.plan(header.id(), admin).may()).isEqualTo(new PlanPermissions(false, false, false, true));
        assertThat(plans.plan(header.id(), people.asManager()).may())
                .isEqualTo(new PlanPermissions(false, true, false, true));
        assertThat(plans.plan(header.id(), people.asBuddy()).may())
                .isEqualTo(new PlanPermissions(false, false, true, false));
        assertThatThrownBy(() -> plans.plan(UUID.randomUUID(), admin)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBuddySeesOnlyTheirBuddiesAndAManagerOnlyTheirPlans() {
        PlanHeader mine = TeamPlanFixtures.start(plans, people, today);
        People others = TeamPlanFixtures.people(users);
        PlanHeader theirs = TeamPlanFixtures.start(plans, others, today);

        var buddyPage = plans.buddyPlans(people.asBuddy(), PageRequest.of(0, 10));
        assertThat(buddyPage.getContent()).extracting(b -> b.plan().id()).containsExactly(mine.id());
        assertThat(buddyPage.getContent().getFirst().buddyItems())
                .isNotEmpty()
                .allMatch(i -> i.audience() == PlanAudience.BUDDY && i.planId().equals(mine.id()));
        assertThat(plans.buddyPlans(people.asOtherTam(), PageRequest.of(0, 10))).isEmpty();
        assertThat(plans.isBuddy(people.buddy().id())).isTrue();
        assertThat(plans.isBuddy(people.otherTam().id())).isFalse();

        assertThat(plans.plans(people.asManager(), PageRequest.of(0, 50)).getContent())
                .extracting(PlanListRow::id)
                .containsExactly(mine.id());
        CurrentUser admin = SignedIn.currentUser(TestData.user(users, Role.ADMIN));
        assertThat(plans.plans(admin, PageRequest.of(0, 1000)).getContent())
                .extracting(PlanListRow::id)
                .contains(mine.id(), theirs.id());
        assertThatThrownBy(() -> plans.plans(people.asBuddy(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedToObjectException.class);
    }

    @Test
    void anotherTamIsRefusedEvenByEditingTheIdsInTheUrl() throws Exception {
        PlanHeader header = TeamPlanFixtures.start(plans, people, today);
        PlanView plan = plans.plan(header.id(), people.asManager());
        UUID newHireItem = plan.itemsOf(PlanAudience.NEW_HIRE).getFirst().id();
        UUID managerItem = plan.itemsOf(PlanAudience.MANAGER).getFirst().id();
        var otherTam = SignedIn.as(people.otherTam());
        var newHire = SignedIn.as(people.newHire());

        mvc.perform(get("/team/plans/" + header.id()).with(otherTam)).andExpect(status().isForbidden());
        for (String action : List.of("done", "reopen", "not-applicable")) {
            mvc.perform(post("/team/plans/" + header.id() + "/items/" + newHireItem + "/" + action)
                            .with(csrf())
                            .with(otherTam)
                            .param("note", "sneaky"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/team/plans/" + header.id() + "/items/" + managerItem + "/done")
                        .with(csrf())
                        .with(newHire))
                .andExpect(status().isForbidden());
        mvc.perform(post("/team/plans/" + header.id() + "/cancel")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(newHire)
                        .param("expectedVersion", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/team/plans").with(otherTam)).andExpect(status().isForbidden());
        mvc.perform(get("/team/plans/new").with(otherTam)).andExpect(status().isForbidden());
        mvc.perform(post("/team/plans")
                        .with(csrf())
                        .with(otherTam)
                        .param("newHireId", people.buddy().id().toString())
                        .param("managerId", people.manager().id().toString())
                        .param("buddyId", people.otherTam().id().toString())
                        .param("startDate", today.toString()))
                .andExpect(status().isForbidden());
        assertThat(plans.plan(header.id(), people.asManager()).items()).allMatch(PlanItemView::open);
        assertThat(plans.activePlanOf(people.buddy().id())).isEmpty();
    }

    @Test
    void startingAPlanChecksThePeople() {
        UserView admin = TestData.user(users, Role.ADMIN);
        UserView otherManager = TestData.user(users, Role.MANAGER);
        UserView deactivatedTam = TestData.user(users, Role.TAM);
        users.deactivate(deactivatedTam.id(), SignedIn.currentUser(admin));
        UserView reportOfOther = TeamPlanFixtures.tam(users, otherManager.id());
        UUID newHire = people.newHire().id();
        UUID manager = people.manager().id();
        UUID buddy = people.buddy().id();

        refused(people.asManager(), newHire, otherManager.id(), buddy, today, "managerId", "team.plan.manager.notYou");
        refused(
                people.asManager(),
                reportOfOther.id(),
                manager,
                buddy,
                today,
                "newHireId",
                "team.plan.newHire.otherManager");
        refused(people.asManager(), admin.id(), manager, buddy, today, "newHireId", "team.plan.newHire.notTam");
        refused(
                people.asManager(),
                deactivatedTam.id(),
                manager,
                buddy,
                today,
                "newHireId",
                "team.plan.newHire.notTam");
        refused(people.asManager(), newHire, manager, newHire, today, "buddyId", "team.plan.buddy.isNewHire");
        refused(people.asManager(), newHire, manager, deactivatedTam.id(), today, "buddyId", "team.plan.buddy.notTam");
        refused(people.asManager(), newHire, manager, otherManager.id(), today, "buddyId", "team.plan.buddy.notTam");
        refused(people.asManager(), newHire, manager, UUID.randomUUID(), today, "buddyId", "team.plan.user.unknown");
        refused(
                people.asManager(),
                newHire,
                manager,
                buddy,
                today.plusYears(2),
                "startDate",
                "team.plan.startDate.range");
        CurrentUser asAdmin = SignedIn.currentUser(admin);
        refused(asAdmin, newHire, buddy, people.otherTam().id(), today, "managerId", "team.plan.manager.notManager");
        assertThatThrownBy(() -> plans.start(new NewTeamPlan(newHire, manager, buddy, today), people.asOtherTam()))
                .isInstanceOf(AccessDeniedToObjectException.class);

        // A buddy who is onboarding themselves is no established TAM.
        PlanHeader buddysOwn =
                plans.start(new NewTeamPlan(buddy, manager, people.otherTam().id(), today), people.asManager());
        refused(people.asManager(), newHire, manager, buddy, today, "buddyId", "team.plan.buddy.onboarding");
        plans.cancel(buddysOwn.id(), buddysOwn.version(), people.asManager());

        // An admin names the manager; the new hire gets one running plan only.
        PlanHeader started = plans.start(new NewTeamPlan(newHire, manager, buddy, today), asAdmin);
        assertThat(started.manager().id()).isEqualTo(manager);
        assertThatThrownBy(() -> plans.start(new NewTeamPlan(newHire, manager, buddy, today), people.asManager()))
                .isInstanceOf(ConflictException.class);
        assertThat(plans.startOptions(asAdmin).chooseManager()).isTrue();
        assertThat(plans.startOptions(people.asManager()).chooseManager()).isFalse();
        assertThat(plans.startOptions(people.asManager()).tams())
                .extracting(r -> r.id())
                .contains(newHire, buddy)
                .doesNotContain(deactivatedTam.id(), admin.id());
    }

    @Test
    void endingAPlanFreesTheNewHireForANewOneAndFreezesItsItems() {
        PlanHeader first = TeamPlanFixtures.start(plans, people, today);
        UUID item = plans.plan(first.id(), people.asNewHire())
                .itemsOf(PlanAudience.NEW_HIRE)
                .getFirst()
                .id();
        assertThatThrownBy(() -> plans.cancel(first.id(), first.version(), people.asBuddy()))
                .isInstanceOf(AccessDeniedToObjectException.class);
        assertThatThrownBy(() -> plans.cancel(first.id(), first.version() + 1, people.asManager()))
                .isInstanceOf(StaleEditException.class);
        plans.cancel(first.id(), first.version(), people.asManager());

        assertThat(plans.plan(first.id(), people.asNewHire()).header().status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(plans.myPlan(people.asNewHire())).isEmpty();
        assertThatThrownBy(() -> plans.markDone(first.id(), item, people.asNewHire()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> plans.cancel(first.id(), first.version(), people.asManager()))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> plans.cancel(first.id(), first.version() + 1, people.asManager()))
                .isInstanceOf(ConflictException.class);

        PlanHeader second = TeamPlanFixtures.start(plans, people, today);
        assertThat(plans.myPlan(people.asNewHire()).orElseThrow().header().id()).isEqualTo(second.id());
        assertThat(plans.plans(people.asManager(), PageRequest.of(0, 10)).getContent())
                .extracting(PlanListRow::id, PlanListRow::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second.id(), PlanStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(first.id(), PlanStatus.CANCELLED));
    }

    private void refused(
            CurrentUser starter, UUID newHire, UUID manager, UUID buddy, LocalDate start, String field, String code) {
        Consumer<InvalidInputException> names = e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageCode()).isEqualTo(code);
        };
        assertThatThrownBy(() -> plans.start(new NewTeamPlan(newHire, manager, buddy, start), starter))
                .isInstanceOfSatisfying(InvalidInputException.class, names);
    }

    private static PlanItemView item(PlanView plan, UUID id) {
        return plan.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
