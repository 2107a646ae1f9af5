package dev.facet.email;

import dev.facet.timeline.SanitizedHtml;
import java.util.List;

/**
 * A subject and body as the recipients would read them with {@code tokens}: the body as plain text
 * and as the HTML part (Markdown, sanitized). A text with tags that are not known tokens is not
 * rendered; its offending tags are listed instead, so an editor sees what to fix as they type.
 *
 * @param subjectProblems the subject's tags that are not known tokens; when any, {@code subject} is empty
 * @param bodyProblems the body's tags that are not known tokens; when any, both bodies are empty
 */
public record EmailPreview(
        String subject,
        List<String> subjectProblems,
        String bodyText,
        SanitizedHtml bodyHtml,
        List<String> bodyProblems) {

    public EmailPreview {
        subjectProblems = List.copyOf(subjectProblems);
        bodyProblems = List.copyOf(bodyProblems);
    }

    public static EmailPreview of(String subject, String body, EmailTokens tokens) {
        List<String> subjectProblems = TemplateText.problemsIn(subject);
        List<String> bodyProblems = TemplateText.problemsIn(body);
        String bodyText = bodyProblems.isEmpty() ? TemplateText.render(body, tokens) : "";
        return new EmailPreview(
                subjectProblems.isEmpty() ? TemplateText.render(subject, tokens) : "",
                subjectProblems,
                bodyText,
                SanitizedHtml.fromMarkdown(bodyText),
                bodyProblems);
    }

    public boolean hasProblems() {
        return !subjectProblems.isEmpty() || !bodyProblems.isEmpty();
    }
}
