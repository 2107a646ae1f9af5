package dev.facet.digest;

import dev.facet.security.Role;

/** The two daily digests, and the role whose users get each. */
enum DigestKind {
    /** A TAM's tasks due tomorrow and overdue, on the open CTAs they own. */
    TAM_TASKS(Role.TAM),
    /** A manager's accounts waiting for a TAM past the ASSIGN_TAM due date. */
    UNASSIGNED_ACCOUNTS(Role.MANAGER);

    final Role recipients;

    DigestKind(Role recipients) {
        this.recipients = recipients;
    }
}
