package dev.facet.assignment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Moving a TAM's accounts: all of them or the ticked ones, to one TAM or ({@code to} = "spread")
 * each to the suggested TAM.
 */
public class ReassignForm {

    static final String SPREAD = "spread";

    private @Nullable UUID fromTamId;
    private boolean allAccounts;
    private List<UUID> accountIds = new ArrayList<>();
    private @Nullable String to;

    /** The manager confirmed assigning to TAMs who have not graduated from team onboarding. */
    private boolean confirmUngraduated;

    public boolean isConfirmUngraduated() {
        return confirmUngraduated;
    }

    public void setConfirmUngraduated(boolean confirmUngraduated) {
        this.confirmUngraduated = confirmUngraduated;
    }

    public @Nullable UUID getFromTamId() {
        return fromTamId;
    }

    public void setFromTamId(@Nullable UUID fromTamId) {
        this.fromTamId = fromTamId;
    }

    public boolean isAllAccounts() {
        return allAccounts;
    }

    public void setAllAccounts(boolean allAccounts) {
        this.allAccounts = allAccounts;
    }

    public List<UUID> getAccountIds() {
        return accountIds;
    }

    public void setAccountIds(List<UUID> accountIds) {
        this.accountIds = accountIds;
    }

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    boolean spread() {
        return SPREAD.equals(to);
    }

    /** The chosen TAM, or null for "spread" and for anything that is not an id. */
    @Nullable
    UUID toTamId() {
        if (to == null || to.isBlank() || spread()) {
            return null;
        }
        try {
            return UUID.fromString(to);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
