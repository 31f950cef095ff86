package app.rapport.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV text and content negotiation, without a database. */
class CsvTableTest {

    private static CsvTable table(List<Object> row) {
        return new CsvTable() {
            @Override
            public List<String> csvHeader() {
                return List.of("a", "b", "c", "d");
            }

            @Override
            public List<List<Object>> csvRows() {
                return List.of(row);
            }
        };
    }

    @Test
    void cellsAreQuotedWhenNeededAndNullsAreEmpty() {
        String csv = table(Arrays.asList("Smith, Jo", "say \"hi\"", null, -1.5)).toCsv();
        assertThat(csv).isEqualTo("a,b,c,d\r\n\"Smith, Jo\",\"say \"\"hi\"\"\",,-1.5\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(table(Arrays.asList("=HYPERLINK(\"x\")", "+1", "@a", "ok")).toCsv())
                .endsWith("\r\n\"'=HYPERLINK(\"\"x\"\")\",'+1,'@a,ok\r\n");
    }

    @Test
    void csvOnlyWhenAskedForAndPreferred() {
        assertThat(CsvResponses.wantsCsv("text/csv")).isTrue();
        assertThat(CsvResponses.wantsCsv("application/json;q=0.5, text/csv")).isTrue();
        assertThat(CsvResponses.wantsCsv("application/json, text/csv;q=0.5")).isFalse();
        assertThat(CsvResponses.wantsCsv("text/csv;q=0")).isFalse();
        assertThat(CsvResponses.wantsCsv("*/*")).isFalse();
        assertThat(CsvResponses.wantsCsv(null)).isFalse();
        assertThat(CsvResponses.wantsCsv("not a media type")).isFalse();
    }
}
