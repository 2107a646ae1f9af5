package dev.facet.email;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import dev.facet.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and renders the text of an email template. Only plain variable tokens from {@link
 * EmailTokens#NAMES} are allowed: no sections, partials, comments, unescaped triples or delimiter
 * changes, so an admin's template is data, never logic. Rendering uses JMustache without HTML escaping
 * because the result is plain text (the HTML part is made from it by the Markdown sanitizer).
 */
public final class TemplateText {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([A-Za-z]+(?:\\.[A-Za-z]+)*)\\s*}}");
    private static final Mustache.Compiler MUSTACHE =
            Mustache.compiler().escapeHTML(false).strictSections(true);

    private TemplateText() {}

    /**
     * Rejects a template that uses anything but the known tokens, naming each offending tag.
     *
     * @param field the form field to report the error on ({@code subject}, {@code body})
     */
    public static void validate(String field, String template) {
        List<String> problems = problemsIn(template);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    field,
                    "email.template.tokens",
                    "Not allowed in a template: " + String.join(", ", problems) + ". Known tokens: "
                            + EmailTokens.NAMES.stream()
                                    .map(t -> "{{" + t + "}}")
                                    .toList(),
                    String.join(", ", problems));
        }
    }

    /** The tags of {@code template} that are not known tokens, as written; empty when it is valid. */
    public static List<String> problemsIn(String template) {
        List<String> problems = new ArrayList<>();
        Matcher token = TOKEN.matcher(template);
        int from = 0;
        while (true) {
            int open = template.indexOf("{{", from);
            if (open < 0) {
                return problems;
            }
            token.region(open, template.length());
            if (token.lookingAt()) {
                if (!EmailTokens.NAMES.contains(token.group(1))) {
                    problems.add(token.group());
                }
                from = token.end();
            } else {
                int close = template.indexOf("}}", open);
                int end = close < 0 ? Math.min(template.length(), open + 20) : close + 2;
                while (end < template.length() && template.charAt(end) == '}') {
                    end++; // the third brace of {{{unescaped}}}
                }
                problems.add(template.substring(open, end));
                from = end;
            }
        }
    }

    /** The template with its tokens replaced; the template must be valid. */
    public static String render(String template, EmailTokens tokens) {
        validate("template", template);
        try {
            return MUSTACHE.compile(template).execute(tokens.context());
        } catch (MustacheException e) {
            // Unreachable for a validated template; kept as a field error rather than a 500.
            throw new InvalidInputException("template", "email.template.tokens", e.getMessage());
        }
    }
}
