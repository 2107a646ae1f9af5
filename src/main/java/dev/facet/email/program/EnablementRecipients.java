package dev.facet.email.program;

import dev.facet.account.AccountView;
import dev.facet.account.ContactRole;
import dev.facet.account.ContactView;
import dev.facet.email.EmailTokens;
import dev.facet.security.UserView;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Who an email of an account goes to and who signs it, as of now: every contact labelled {@code
 * ADMIN}, and the TAM whose name the tokens carry, who is in cc and gets the replies.
 *
 * @param signer the account's TAM, or the CTA's owner when the account has no active TAM
 */
record EnablementRecipients(AccountView account, UserView signer, List<ContactView> admins) {

    EnablementRecipients {
        admins = List.copyOf(admins);
    }

    static List<ContactView> adminsOf(AccountView account) {
        return account.contacts().stream()
                .filter(c -> c.roles().contains(ContactRole.ADMIN))
                .toList();
    }

    boolean hasAdmin() {
        return !admins.isEmpty();
    }

    EmailTokens tokens() {
        return new EmailTokens(
                account.name(),
                signer.displayName(),
                signer.email(),
                admins.stream().map(c -> EmailTokens.firstNameOf(c.name())).toList());
    }

    /** The signer's day decides when an email is due: "day 3" is day 3 where the TAM works. */
    ZoneId signerZone() {
        return zoneOf(signer);
    }

    static ZoneId zoneOf(UserView user) {
        try {
            return ZoneId.of(user.timeZone());
        } catch (RuntimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }
}
