package dev.facet.cta;

import dev.facet.security.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who acts on a CTA: a signed-in user, or an integration calling the API with its token. */
public record CtaActor(@Nullable UUID userId, String name, boolean manager) {

    public static CtaActor user(CurrentUser user) {
        return new CtaActor(user.id(), user.displayName(), user.isManager());
    }

    /** The CRM acts for the sales-ops process, with a manager's reach over CTAs. */
    public static CtaActor integration(String tokenName) {
        return new CtaActor(null, tokenName, true);
    }
}
