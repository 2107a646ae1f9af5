package dev.facet.cta.rules;

import dev.facet.account.DeploymentType;
import dev.facet.playbook.PlaybookManagement;

/** Which onboarding playbook an account gets: SaaS, or Self-Managed (which Dedicated uses too). */
public final class OnboardingPlaybookPolicy {

    private OnboardingPlaybookPolicy() {}

    public static String templateCodeFor(DeploymentType deploymentType) {
        return switch (deploymentType) {
            case SAAS -> PlaybookManagement.ONBOARDING_SAAS;
            case SELF_MANAGED, DEDICATED -> PlaybookManagement.ONBOARDING_SELF_MANAGED;
        };
    }
}
