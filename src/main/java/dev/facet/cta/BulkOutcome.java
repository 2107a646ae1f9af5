package dev.facet.cta;

import java.util.List;
import java.util.UUID;

/** What a bulk action did: how many CTAs it changed, and which it left alone and why. */
public record BulkOutcome(int done, List<Refusal> refused) implements java.io.Serializable {

    /** A CTA left as it was: {@code reasonCode} is a key of messages.properties, with its {@code arguments}. */
    public record Refusal(UUID ctaId, String accountName, String reasonCode, List<String> arguments)
            implements java.io.Serializable {

        public Refusal {
            arguments = List.copyOf(arguments);
        }
    }

    public BulkOutcome {
        refused = List.copyOf(refused);
    }
}
