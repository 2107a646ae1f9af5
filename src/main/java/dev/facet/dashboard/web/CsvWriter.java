package dev.facet.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes RFC 4180 CSV: a header row, then one row per record, cells quoted when they hold a
 * separator, a quote or a line break. Text cells that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, a tab or a carriage return) get a leading apostrophe; numbers, dates and
 * enum names are written as they are, so a negative number stays a number.
 */
final class CsvWriter {

    private final PrintWriter out;

    private CsvWriter(PrintWriter out) {
        this.out = out;
    }

    /** Starts a CSV download of {@code filename} on the response and writes its header row. */
    static CsvWriter start(HttpServletResponse response, String filename, List<String> header) {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        try {
            CsvWriter csv = new CsvWriter(response.getWriter());
            csv.row(header.toArray());
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvWriter to(PrintWriter out) {
        return new CsvWriter(out);
    }

    void row(@Nullable Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        out.write(line.append("\r\n").toString());
    }

    void flush() {
        out.flush();
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return value.toString();
        }
        return quoted(neutralized(value.toString()));
    }

    private static String neutralized(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
