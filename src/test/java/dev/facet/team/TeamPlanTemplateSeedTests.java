package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.facet.support.ApplicationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Version 1 of the template holds the handbook page (csm-team-onboarding.md) in its own words. */
@ApplicationTest
class TeamPlanTemplateSeedTests {

    @Autowired
    TeamPlanTemplateManagement templates;

    @Test
    void theLearningPathModulesAndSalesQuickStartAreTheSections() {
        TemplateVersionView v1 = templates.version(1);
        assertThat(v1.createdBy()).isNull();
        assertThat(v1.sections())
                .extracting(TemplateSectionView::title)
                .containsExactly(
                        "Module 1: CSM Basics and Call Shadowing",
                        "Module 1.5: Demo Environment",
                        "Module 2: CSM at GitLab",
                        "Module 3: Technical Deep Dive",
                        "Module 4: CSM Deep Dive",
                        "Module 5: Tools and Best Practices",
                        "Module 6: EBR and Customer Conversations",
                        "Module 7: CSM Onboarding Conclusion",
                        "Sales Quick Start (SQS)");
        assertThat(titles(v1, v1.sections().get(1).id()))
                .containsExactly(
                        "Demonstrate understanding of GitLab Basics",
                        "Understand the stages of the DevSecOps Lifecycle",
                        "Understand the different pricing tiers of GitLab",
                        "Complete Demo Systems Initial Set Up");
        assertThat(titles(v1, v1.sections().get(2).id()))
                .hasSize(6)
                .contains("Demonstrate customer readiness by completing role play exercise");
        assertThat(titles(v1, v1.sections().get(8).id()))
                .containsExactly(
                        "Complete the Sales Quick Start (SQS) pre-work on GitLab University",
                        "Attend the SQS workshop and complete all relevant activities");
        assertThat(v1.itemsOf(PlanAudience.NEW_HIRE)).hasSize(28);
    }

    @Test
    void thePulsePlusAndGitLabCertificationsAreMarked() {
        TemplateVersionView v1 = templates.version(1);
        assertThat(v1.items().stream().filter(TemplateItemView::certification))
                .extracting(TemplateItemView::title, TemplateItemView::month)
                .containsExactly(
                        tuple("Complete Pulse+ Customer Success Manager Certificate I", PlanMonth.MONTH_1),
                        tuple("Complete Pulse+ Advanced Customer Success Manager Certificate II", PlanMonth.MONTH_1),
                        tuple(
                                "Complete the following certification: GitLab Certified Git Associate",
                                PlanMonth.MONTH_2),
                        tuple(
                                "Complete the following certification: GitLab Certified CI/CD Associate",
                                PlanMonth.MONTH_3),
                        tuple(
                                "Complete the following certification: GitLab Certified Security Specialist",
                                PlanMonth.MONTH_3),
                        tuple(
                                "Complete the following certification: GitLab Certified Project Management",
                                PlanMonth.MONTH_3));
    }

    @Test
    void theManagersAndTheBuddysExpectationsByMonth() {
        TemplateVersionView v1 = templates.version(1);
        assertThat(v1.itemsOf(PlanAudience.MANAGER))
                .extracting(TemplateItemView::month)
                .containsExactlyElementsOf(List.of(
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_1,
                        PlanMonth.MONTH_2,
                        PlanMonth.MONTH_2,
                        PlanMonth.MONTH_2,
                        PlanMonth.MONTH_2,
                        PlanMonth.MONTH_2,
                        PlanMonth.MONTH_3,
                        PlanMonth.MONTH_3,
                        PlanMonth.MONTH_3,
                        PlanMonth.MONTH_3,
                        PlanMonth.MONTH_3,
                        PlanMonth.BEYOND,
                        PlanMonth.BEYOND,
                        PlanMonth.BEYOND,
                        PlanMonth.BEYOND,
                        PlanMonth.BEYOND,
                        PlanMonth.BEYOND,
                        PlanMonth.BEYOND,
                        PlanMonth.BEYOND));
        assertThat(v1.itemsOf(PlanAudience.MANAGER))
                .extracting(TemplateItemView::title)
                .contains(
                        "Schedule recurring 1:1s and check in calls",
                        "Align on a general plan to get customer ready including who to schedule your onboarding"
                                + " role plays with and shadow at least 4 calls per week",
                        "Discuss at length: Gainsight Hygiene");
        assertThat(v1.itemsOf(PlanAudience.BUDDY))
                .extracting(TemplateItemView::title, TemplateItemView::month)
                .startsWith(tuple("Nurture a welcoming environment for the new team member", PlanMonth.MONTH_1))
                .contains(tuple("Debrief on calls and discuss feedback", PlanMonth.MONTH_2))
                .endsWith(tuple("Join the first 5-10 customer meetings led by the new joiner", PlanMonth.MONTH_3))
                .hasSize(12);
        assertThat(v1.items())
                .filteredOn(i -> i.audience() != PlanAudience.NEW_HIRE)
                .allSatisfy(i -> {
                    assertThat(i.sectionId()).isNull();
                    assertThat(i.certification()).isFalse();
                });
    }

    @Test
    void theGraduationCriteriaAndWhatCountsTowardThem() {
        TemplateVersionView v1 = templates.version(1);
        assertThat(v1.criteria())
                .extracting(TemplateCriterionView::text, TemplateCriterionView::evidence)
                .containsExactly(
                        tuple(
                                "Completed Sales Quick Start (SQS) prework on GitLab University",
                                CriterionEvidence.PLAN_ITEMS),
                        tuple(
                                "Attended the SQS workshop and completed all relevant activities",
                                CriterionEvidence.PLAN_ITEMS),
                        tuple(
                                "Completed your role-based learning path on GitLab University",
                                CriterionEvidence.PLAN_ITEMS),
                        tuple(
                                "Completed the Pulse+ CSM Certificate I and Advanced CSM Certificate II",
                                CriterionEvidence.PLAN_ITEMS),
                        tuple(
                                "Attained the following certificates: GitLab Certified Git Associate, Gitlab Certified"
                                        + " CI/CD Associate, GitLab Certified Project Management Associate, GitLab"
                                        + " Certified Security Specialist",
                                CriterionEvidence.PLAN_ITEMS),
                        tuple(
                                "Completed role play activities and discussed feedback with your manager / onboarding"
                                        + " buddy",
                                CriterionEvidence.ROLE_PLAYS),
                        tuple(
                                "Shadowed at least 4 calls per week throughout your onboarding and discussed with your"
                                        + " manager",
                                CriterionEvidence.SHADOWING));
        List<UUID> criteria =
                v1.criteria().stream().map(TemplateCriterionView::id).toList();
        assertThat(v1.itemsForCriterion(criteria.get(0))).hasSize(1);
        assertThat(v1.itemsForCriterion(criteria.get(1))).hasSize(1);
        assertThat(v1.itemsForCriterion(criteria.get(3))).hasSize(2).allMatch(TemplateItemView::certification);
        assertThat(v1.itemsForCriterion(criteria.get(4))).hasSize(4).allMatch(TemplateItemView::certification);
        // Every other objective of the learning path counts toward "completed your learning path".
        assertThat(v1.itemsForCriterion(criteria.get(2))).hasSize(20).noneMatch(TemplateItemView::certification);
        assertThat(v1.itemsForCriterion(criteria.get(5))).isEmpty();
        assertThat(v1.itemsForCriterion(criteria.get(6))).isEmpty();
    }

    private static List<String> titles(TemplateVersionView version, UUID sectionId) {
        return version.itemsInSection(sectionId).stream()
                .map(TemplateItemView::title)
                .toList();
    }
}
