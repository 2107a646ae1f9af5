package dev.facet.email.web;

import dev.facet.email.EmailTokens;
import dev.facet.security.CurrentUser;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The account the editor previews on: a fixed, realistic one rather than a real customer's, so an
 * admin never sees (or screenshots) customer data while editing, and the preview cannot fail on an
 * account that lacks a contact. The admin stands in as the TAM, so the signature reads like theirs.
 */
@Component
class PreviewSample {

    static final String ACCOUNT = "Acme Corporation";
    /** The two contacts labelled ADMIN that one email greets together. */
    static final List<String> ADMIN_CONTACTS = List.of("Jordan Lee", "Priya Natarajan");

    private static final String FALLBACK_EMAIL = "tam@facet.example";

    private final UserManagement users;

    PreviewSample(UserManagement users) {
        this.users = users;
    }

    EmailTokens tokensFor(CurrentUser admin) {
        String email = users.find(admin.id()).map(UserView::email).orElse(FALLBACK_EMAIL);
        return new EmailTokens(
                ACCOUNT,
                admin.displayName(),
                email,
                ADMIN_CONTACTS.stream().map(EmailTokens::firstNameOf).toList());
    }
}
