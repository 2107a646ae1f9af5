package dev.facet.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        plain                 | plain
        with, comma           | "with, comma"
        say "hi"              | "say ""hi""\"
        =1+2                  | '=1+2
        +cmd                  | '+cmd
        -2+3                  | '-2+3
        @SUM(A1)              | '@SUM(A1)
        =HYPERLINK("x", "y")  | "'=HYPERLINK(""x"", ""y"")"
        a=b                   | a=b
        """)
    void quotesAndDefusesText(String text, String expected) {
        assertThat(CsvWriter.cell(text)).isEqualTo(expected);
    }

    @Test
    void linesBreakInsideQuotesAndNumbersStayNumbers() {
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("\tindent")).isEqualTo("'\tindent");
        assertThat(CsvWriter.cell(-3)).isEqualTo("-3");
        assertThat(CsvWriter.cell(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void rowsEndWithCrLf() {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.to(new PrintWriter(out));
        csv.row("a", 1, null, "b,c");
        csv.flush();
        assertThat(out).hasToString("a,1,,\"b,c\"\r\n");
    }
}
