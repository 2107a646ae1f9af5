package dev.facet.team;

/**
 * Who may read and add to a new hire's shadowing log (DOMAIN 11; csm-team-onboarding.md).
 *
 * <p>The new hire, their manager and admins read it all. So does a buddy; until plans name the buddy,
 * a buddy is whoever the log itself says supports the new hire: a colleague the new hire named on a
 * shadowed call or a role play, or one who logged a customer meeting of theirs that they joined. That
 * keeps the choice with the new hire (or their manager): another TAM cannot make themselves a reader,
 * because logging a joined meeting already takes being the manager or a buddy.
 *
 * <p>Who edits an entry is decided on the entry: its author (see the views' {@code mayBe…By} methods).
 */
final class ShadowingAccessPolicy {

    private ShadowingAccessPolicy() {}

    static boolean mayRead(ShadowingRelation r) {
        return r.self() || r.viewerIsAdmin() || r.manager() || r.buddy();
    }

    /** New hires log their own shadowed calls; admins work no accounts, so they shadow none. */
    static boolean mayLogCalls(ShadowingRelation r) {
        return r.self() && r.viewerWorksAccounts();
    }

    /**
     * A customer meeting the new hire led is logged by the colleague who joined it: the manager or a
     * buddy, someone who works accounts themselves, never the new hire.
     */
    static boolean mayLogCoLedMeeting(ShadowingRelation r) {
        return !r.self() && r.viewerWorksAccounts() && r.newHireWorksAccounts() && (r.manager() || r.buddy());
    }

    /**
     * A role play is logged by the new hire (naming who gave feedback) or by the manager or a buddy
     * who gave it.
     */
    static boolean mayLogRolePlay(ShadowingRelation r) {
        if (!r.newHireWorksAccounts()) {
            return false;
        }
        return r.self() || (r.viewerWorksAccounts() && (r.manager() || r.buddy()));
    }
}
