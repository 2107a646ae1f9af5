package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import dev.facet.team.TeamPlanFixtures.People;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin's template editor: every save is a new version with its history, a stale save is 409 with
 * the input kept, and running plans keep their version. Its own context, since it changes the
 * template that every other test's plans start from.
 */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=team-template")
class TeamPlanTemplateAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamPlanTemplateManagement templates;

    @Autowired
    TeamPlanManagement plans;

    @Autowired
    UserManagement users;

    @Autowired
    Clock clock;

    UserView adminUser;
    RequestPostProcessor admin;

    @BeforeEach
    void signIn() {
        adminUser = TestData.user(users, Role.ADMIN);
        admin = SignedIn.as(adminUser);
    }

    @Test
    void onlyAdminsEditTheTemplate() throws Exception {
        Document page = page("/admin/team-plan");
        assertThat(page.select(".template-section"))
                .hasSize(templates.current().sections().size());
        assertThat(page.select("#template-criteria li"))
                .hasSize(templates.current().criteria().size());
        assertThat(page.select("#template-history li")).isNotEmpty();
        for (Role role : List.of(Role.TAM, Role.MANAGER)) {
            var other = SignedIn.as(TestData.user(users, role));
            mvc.perform(get("/admin/team-plan").with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/team-plan/sections")
                            .with(csrf())
                            .with(other)
                            .param("title", "Sneaky")
                            .param(
                                    "expectedVersion",
                                    String.valueOf(templates.current().version())))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void everySaveIsANewVersionAndRunningPlansKeepTheirs() throws Exception {
        People people = TeamPlanFixtures.people(users);
        PlanHeader running = TeamPlanFixtures.start(plans, people, TeamPlanFixtures.today(clock));
        TemplateVersionView before = templates.current();
        UUID module3 = before.sections().get(3).stableId();
        UUID learningPath = before.criteria().get(2).stableId();

        mvc.perform(item(
                        "/admin/team-plan/items",
                        before.version(),
                        "NEW_HIRE",
                        "MONTH_2",
                        module3,
                        learningPath,
                        "Read the cadence call handbook page"))
                .andExpect(redirectedUrl("/admin/team-plan"))
                .andExpect(flash().attribute("createdVersion", before.version() + 1));
        TemplateVersionView added = templates.current();
        assertThat(added.version()).isEqualTo(before.version() + 1);
        assertThat(added.createdBy()).isEqualTo(adminUser.username());
        assertThat(added.items()).hasSize(before.items().size() + 1);
        TemplateItemView newItem = added.items().getLast();
        assertThat(newItem.sectionId()).isEqualTo(added.sections().get(3).id());
        assertThat(newItem.criterionId()).isEqualTo(added.criteria().get(2).id());

        // Edit it, move it up within Module 3's month 2, then remove it: three more versions.
        mvc.perform(item(
                        "/admin/team-plan/items/" + newItem.stableId(),
                        added.version(),
                        "NEW_HIRE",
                        "MONTH_2",
                        module3,
                        null,
                        "Read the cadence calls page"))
                .andExpect(flash().attribute("createdVersion", added.version() + 1));
        TemplateVersionView edited = templates.current();
        TemplateItemView editedItem = edited.items().getLast();
        assertThat(editedItem.title()).isEqualTo("Read the cadence calls page");
        assertThat(editedItem.criterionId()).isNull();
        mvc.perform(post("/admin/team-plan/items/" + editedItem.stableId() + "/move-up")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", String.valueOf(edited.version())))
                .andExpect(flash().attribute("createdVersion", edited.version() + 1));
        TemplateVersionView moved = templates.current();
        List<String> module3Titles = moved
                .itemsInSection(moved.sections().get(3).id())
                .stream()
                .map(TemplateItemView::title)
                .toList();
        assertThat(module3Titles)
                .containsExactly(
                        "Complete the following certification: GitLab Certified Git Associate",
                        "Read the cadence calls page",
                        "Understand the CSM’s responsibilities as it relates to customer cadence calls");
        UUID movedId = moved.itemsInSection(moved.sections().get(3).id()).get(1).stableId();
        mvc.perform(post("/admin/team-plan/items/" + movedId + "/remove")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", String.valueOf(moved.version())))
                .andExpect(flash().attribute("createdVersion", moved.version() + 1));
        assertThat(templates.current().items()).hasSameSizeAs(before.items());

        // The history lists every version; an older one reads as it was.
        Document page = page("/admin/team-plan");
        assertThat(page.select("#template-history li"))
                .hasSize(templates.history().size());
        assertThat(page.select("#template-version").text()).isEqualTo("Version " + (moved.version() + 1));
        Document old = page("/admin/team-plan/versions/" + edited.version());
        assertThat(old.text()).contains("Read the cadence calls page");
        assertThat(old.select("main form")).isEmpty(); // an old version is read-only: no form of its own
        mvc.perform(get("/admin/team-plan/versions/999").with(admin)).andExpect(status().isNotFound());

        // The running plan still has the version it started from.
        PlanView plan = plans.plan(running.id(), people.asManager());
        assertThat(plan.header().templateVersion()).isEqualTo(before.version());
        assertThat(plan.items()).hasSameSizeAs(before.items());
        assertThat(plan.items()).noneMatch(i -> i.title().startsWith("Read the cadence"));
    }

    @Test
    void aStaleSaveIsRefusedWith409AndKeepsWhatWasTyped() throws Exception {
        TemplateVersionView seen = templates.current();
        TemplateSectionView section = seen.sections().getFirst();
        // Someone else saves meanwhile.
        templates.addCriterion(
                seen.version(), new TemplateCriterionInput("Meanwhile", CriterionEvidence.ROLE_PLAYS), "someone-else");

        String html = mvc.perform(post("/admin/team-plan/sections/" + section.stableId())
                        .with(csrf())
                        .with(admin)
                        .param("title", "My typed title")
                        .param("details", "My typed details")
                        .param("expectedVersion", String.valueOf(seen.version())))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document form = Jsoup.parse(html);
        assertThat(form.select("#title").attr("value")).isEqualTo("My typed title");
        assertThat(form.select("#details").text()).isEqualTo("My typed details");
        assertThat(form.text()).contains("Someone else saved a new version");
        assertThat(form.select("#expectedVersion").attr("value")).isEqualTo(String.valueOf(seen.version() + 1));

        mvc.perform(item("/admin/team-plan/items", seen.version(), "BUDDY", "MONTH_1", null, null, "Stale"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/team-plan/items/" + seen.items().getFirst().stableId() + "/remove")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", String.valueOf(seen.version())))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("flashError", "team.template.stale.action"));
        assertThat(templates.current().version()).isEqualTo(seen.version() + 1);
        assertThat(templates.current().sections().getFirst().title()).isEqualTo(section.title());

        // Saving again on the version now shown is a deliberate overwrite.
        mvc.perform(post("/admin/team-plan/sections/" + section.stableId())
                        .with(csrf())
                        .with(admin)
                        .param("title", "My typed title")
                        .param("details", "")
                        .param("expectedVersion", String.valueOf(seen.version() + 1)))
                .andExpect(flash().attribute("createdVersion", seen.version() + 2));
        assertThat(templates.current().sections().getFirst().title()).isEqualTo("My typed title");
    }

    @Test
    void refusalsNameTheField() throws Exception {
        TemplateVersionView current = templates.current();
        int v = current.version();
        UUID shadowing = current.criteria().stream()
                .filter(c -> c.evidence() == CriterionEvidence.SHADOWING)
                .findFirst()
                .orElseThrow()
                .stableId();
        mvc.perform(item("/admin/team-plan/items", v, "NEW_HIRE", "MONTH_1", null, null, "No section"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "sectionId", "team.template.item.sectionRequired"));
        mvc.perform(item(
                        "/admin/team-plan/items",
                        v,
                        "NEW_HIRE",
                        "MONTH_1",
                        current.sections().getFirst().stableId(),
                        shadowing,
                        "Log"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "criterionId", "team.template.item.criterionNotItems"));
        mvc.perform(item("/admin/team-plan/items", v, "MANAGER", "MONTH_1", null, null, ""))
                .andExpect(model().attributeHasFieldErrors("form", "title"));
        mvc.perform(post("/admin/team-plan/sections/"
                                + current.sections().getFirst().stableId() + "/remove")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", String.valueOf(v)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attribute("flashError", "team.template.section.inUse"));
        UUID pulse = current.criteria().get(3).stableId();
        mvc.perform(post("/admin/team-plan/criteria/" + pulse)
                        .with(csrf())
                        .with(admin)
                        .param("text", "Pulse+")
                        .param("evidence", "SHADOWING")
                        .param("expectedVersion", String.valueOf(v)))
                .andExpect(model().attributeHasFieldErrorCode("form", "evidence", "team.template.criterion.inUse"));
        assertThat(templates.current().version()).isEqualTo(v);

        // An empty section and an unused criterion can go.
        mvc.perform(post("/admin/team-plan/sections")
                        .with(csrf())
                        .with(admin)
                        .param("title", "Module 8: Extra")
                        .param("expectedVersion", String.valueOf(v)))
                .andExpect(flash().attribute("createdVersion", v + 1));
        UUID extra = templates.current().sections().getLast().stableId();
        mvc.perform(post("/admin/team-plan/sections/" + extra + "/remove")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", String.valueOf(v + 1)))
                .andExpect(flash().attribute("createdVersion", v + 2));
        assertThat(templates.current().sections()).hasSameSizeAs(current.sections());
        mvc.perform(get("/admin/team-plan/items/" + UUID.randomUUID()).with(admin))
                .andExpect(status().isNotFound());
        for (String form : List.of(
                "/admin/team-plan/items/new?audience=BUDDY",
                "/admin/team-plan/sections/new",
                "/admin/team-plan/criteria/new",
                "/admin/team-plan/criteria/" + pulse,
                "/admin/team-plan/sections/" + current.sections().getFirst().stableId())) {
            mvc.perform(get(form).with(admin)).andExpect(status().isOk());
        }
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private MockHttpServletRequestBuilder item(
            String path,
            int expectedVersion,
            String audience,
            String month,
            UUID section,
            UUID criterion,
            String title) {
        return post(path)
                .with(csrf())
                .with(admin)
                .param("audience", audience)
                .param("month", month)
                .param("sectionId", section == null ? "" : section.toString())
                .param("criterionId", criterion == null ? "" : criterion.toString())
                .param("title", title)
                .param("details", "")
                .param("expectedVersion", String.valueOf(expectedVersion));
    }
}
