package app.rapport.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A report that can also be written as one flat CSV table ({@code Accept: text/csv}). */
interface CsvTable {

    List<String> csvHeader();

    /** Rows of cells; null cells are written empty (an undefined rate). */
    List<List<Object>> csvRows();

    /** A report over a window: its CSV rows start with the window's {@code from} and {@code to}. */
    interface Windowed extends CsvTable {

        AnalyticsWindow window();

        /** The columns after {@code from} and {@code to}. */
        List<String> columns();

        /** The rows' cells after {@code from} and {@code to}. */
        List<List<Object>> rows();

        @Override
        default List<String> csvHeader() {
            List<String> header = new ArrayList<>(List.of("from", "to"));
            header.addAll(columns());
            return header;
        }

        @Override
        default List<List<Object>> csvRows() {
            return rows().stream().map(cells -> {
                List<Object> row = new ArrayList<>(Arrays.asList(window().from(), window().to()));
                row.addAll(cells);
                return row;
            }).toList();
        }
    }

    /** RFC 4180 text: comma-separated, CRLF line ends, cells quoted when they hold a comma, quote or line break. */
    default String toCsv() {
        StringBuilder out = new StringBuilder();
        line(out, csvHeader());
        csvRows().forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // Spreadsheet formula injection: a cell starting with = + - @ is data, not a formula.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
