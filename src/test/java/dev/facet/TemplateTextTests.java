package dev.facet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.timeline.SanitizedHtml;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every visible text comes from messages.properties, every message a template names exists, and only
 * sanitized HTML is printed unescaped.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<[^>\"']*(?:\"[^\"]*\"[^>\"']*|'[^']*'[^>\"']*)*>", " ")
                    .replaceAll("&[a-z]+;", " ");
            for (String line : text.split("\n")) {
                if (line.matches(".*[A-Za-z]{2,}.*")) {
                    offenders.add(TEMPLATES.relativize(template) + ": " + line.trim());
                }
            }
        }
        assertThat(offenders).as("literal text in templates").isEmpty();
    }

    @Test
    void everyMessageKeyExists() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            messages.load(in);
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!messages.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).as("message keys missing from messages.properties").isEmpty();
    }

    /**
     * Unescaped output prints only sanitizer output: a {@code SanitizedHtml}'s {@code html}, which
     * nothing but the Markdown sanitizer can make (timeline notes, an email preview's body).
     */
    @Test
    void onlySanitizedHtmlIsPrintedUnescaped() throws IOException {
        Pattern unescaped = Pattern.compile("th:utext=\"([^\"]*)\"");
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = unescaped.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!matcher.group(1).matches("\\$\\{[\\w.]+\\.(notesHtml|bodyHtml)\\.html\\}")) {
                    offenders.add(TEMPLATES.relativize(template) + ": " + matcher.group());
                }
            }
        }
        assertThat(offenders).as("th:utext on anything but sanitized Markdown").isEmpty();
    }

    /**
     * The names the test above allows are only safe because every view component so named is a
     * {@link SanitizedHtml}, which only the Markdown sanitizer can make: a {@code String bodyHtml}
     * added later would pass the template check and print raw HTML, so this keeps the names honest.
     */
    @Test
    void everyComponentPrintedUnescapedIsSanitizedHtml() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("dev.facet")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().matches("notesHtml|bodyHtml")) {
                    checked++;
                    if (component.getType() != SanitizedHtml.class) {
                        offenders.add(type.getName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(checked).as("view components printed with th:utext").isPositive();
        assertThat(offenders).as("printed unescaped but not SanitizedHtml").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
