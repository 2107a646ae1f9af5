package dev.facet.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The CRM's opportunity stages, in order; the API speaks their CRM labels ("5-Negotiating"). */
public enum OpportunityStage {
    PENDING_ACCEPTANCE("0-Pending Acceptance"),
    DISCOVERY("1-Discovery"),
    SCOPING("2-Scoping"),
    TECHNICAL_EVALUATION("3-Technical Evaluation"),
    PROPOSAL("4-Proposal"),
    NEGOTIATING("5-Negotiating"),
    AWAITING_SIGNATURE("6-Awaiting Signature"),
    CLOSING("7-Closing"),
    CLOSED_WON("Closed Won"),
    CLOSED_LOST("Closed Lost");

    private final String label;

    OpportunityStage(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Accepts the CRM label or the constant name. */
    @JsonCreator
    public static OpportunityStage fromLabel(String value) {
        return Arrays.stream(values())
                .filter(s -> s.label.equalsIgnoreCase(value) || s.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown opportunity stage: " + value));
    }

    public boolean isOpen() {
        return this != CLOSED_WON && this != CLOSED_LOST;
    }
}
