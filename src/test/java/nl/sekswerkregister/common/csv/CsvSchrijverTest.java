package nl.sekswerkregister.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSchrijverTest {

    @Test
    void quotesFieldsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(CsvSchrijver.regel(List.of("Club \"De Ster\"", "Oudezijds, 12", "a\nb", "gewoon")))
                .isEqualTo("\"Club \"\"De Ster\"\"\",\"Oudezijds, 12\",\"a\nb\",gewoon\r\n");
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvSchrijver.regel(List.of("=HYPERLINK(\"http://x\")", "+31", "-1", "@SUM(A1)", "\tx")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+31,'-1,'@SUM(A1),'\tx\r\n");
    }

    @Test
    void writesNumbersAsNumbersAndNullAsEmpty() {
        assertThat(CsvSchrijver.regel(Arrays.asList(-3, 12L, null, true))).isEqualTo("-3,12,,true\r\n");
    }
}
