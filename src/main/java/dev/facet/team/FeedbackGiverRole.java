package dev.facet.team;

/**
 * Whose feedback a role play got: the handbook has the manager share feedback on role plays (month 2)
 * and the new hire discuss it "with your manager / onboarding buddy". Kept as it was when the role play
 * was logged, so a later change of manager does not rewrite history.
 */
public enum FeedbackGiverRole {
    MANAGER,
    BUDDY
}
