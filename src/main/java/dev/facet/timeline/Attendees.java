package dev.facet.timeline;

import dev.facet.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who took part, as free text: names or email addresses. A form gives them as one text (commas,
 * semicolons or new lines between them); the list is trimmed, blanks dropped, repeats (ignoring case)
 * kept once, and bounded so one entry cannot carry an unbounded list.
 */
public final class Attendees {

    public static final int MAX_COUNT = 50;
    public static final int MAX_LENGTH = 200;
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");

    private Attendees() {}

    /** The attendees typed into one text field. */
    public static List<String> parse(String text) {
        return List.of(SEPARATORS.split(text));
    }

    /** The attendees as a form shows them again, one text separated by commas. */
    public static String format(List<String> attendees) {
        return String.join(", ", attendees);
    }

    static List<String> normalize(List<String> attendees) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String attendee : attendees) {
            String name = attendee.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_LENGTH) {
                throw new InvalidInputException(
                        "attendees",
                        "timeline.attendees.tooLong",
                        "An attendee is at most " + MAX_LENGTH + " characters");
            }
            byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        if (byKey.size() > MAX_COUNT) {
            throw new InvalidInputException(
                    "attendees", "timeline.attendees.tooMany", "At most " + MAX_COUNT + " attendees");
        }
        return List.copyOf(new ArrayList<>(byKey.values()));
    }
}
