package dev.facet.cta;

import dev.facet.security.CurrentUser;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on a CTA: a signed-in user, or an integration calling the API with its token. {@code zone}
 * decides which day "today" is for them (a closed date may not be after it).
 */
public record CtaActor(@Nullable UUID userId, String name, boolean manager, ZoneId zone) {

    public static CtaActor user(CurrentUser user) {
        return new CtaActor(user.id(), user.displayName(), user.isManager(), user.timeZone());
    }

    /** The CRM acts for the sales-ops process, with a manager's reach over CTAs. */
    public static CtaActor integration(String tokenName) {
        return new CtaActor(null, tokenName, true, ZoneOffset.UTC);
    }

    /** The CRM reporting what a named person did there (a reopening is recorded under their name). */
    public static CtaActor integrationFor(UUID userId, String name) {
        return new CtaActor(userId, name, true, ZoneOffset.UTC);
    }
}
