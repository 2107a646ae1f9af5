package dev.facet.email.program;

import dev.facet.email.EmailTokens;
import java.util.List;

/**
 * An email in the TAM's editor: its template text (the TAM's own, or the admin's template) and how it
 * reads with today's TAM and contacts.
 */
public record EnablementDraft(
        EnablementEmailView email, String subject, String body, EnablementPreview preview, String signerName) {

    /** The tokens the editor lists; a template writes them in double braces. */
    public List<String> tokenNames() {
        return EmailTokens.NAMES;
    }
}
