package app.rapport.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

import app.rapport.member.MemberIds;

/**
 * Reads an edge list: two member ids a line, separated by runs of commas, tabs or spaces; blank lines,
 * {@code #} comments and one header line allowed. Each valid row becomes a pair of member numbers (in
 * order of first appearance, {@link IdTable}); each malformed one is reported with its line. Lines are
 * checked as bytes; the first line (maybe a header) and lines with non-ASCII bytes are decoded and
 * checked as Strings, with the same rules.
 */
final class ConnectionReader implements ByteLines.Handler {

    private static final Pattern HEADER_WORD = Pattern.compile(
            "(?i)(^|.*[_ -])(id|source|target|src|dst|from|to|node|member|user)([_ -]?\\d*|[_ -].*)$");

    final IdTable members = new IdTable();
    final IntArrayList from = new IntArrayList();
    final IntArrayList to = new IntArrayList();
    final ImportReport report;
    private boolean first = true;
    /** Field bounds of the current line: start, end of the first two fields. */
    private final int[] fields = new int[4];

    ConnectionReader(ImportReport report) {
        this.report = report;
    }

    @Override
    public void line(long number, byte[] b, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && blank(b[s])) {
            s++;
        }
        while (e > s && blank(b[e - 1])) {
            e--;
        }
        if (s == e || b[s] == '#') {
            return;
        }
        if (first || !ascii(b, start, end)) {
            text(number, new String(b, start, end - start, StandardCharsets.UTF_8));
            return;
        }
        report.read();
        int count = split(b, s, e);
        if (count != 2) {
            report.skip(number, "expected two member ids, found " + count + " fields");
        } else if (!MemberIds.isValid(b, fields[0], fields[1]) || !MemberIds.isValid(b, fields[2], fields[3])) {
            report.skip(number, "member id " + MemberIds.MESSAGE);
        } else if (Arrays.equals(b, fields[0], fields[1], b, fields[2], fields[3])) {
            report.skip(number, "a member cannot be connected to themself");
        } else {
            from.add(members.intern(b, fields[0], fields[1]));
            to.add(members.intern(b, fields[2], fields[3]));
        }
    }

    /** The rules on a decoded line: the first line (a header?) and lines with non-ASCII bytes. */
    private void text(long number, String text) {
        String line = text.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String[] f = fields(line);
        if (first) {
            first = false;
            if (isHeader(f)) {
                return;
            }
        }
        report.read();
        if (f.length != 2) {
            report.skip(number, "expected two member ids, found " + f.length + " fields");
        } else if (!MemberIds.isValid(f[0]) || !MemberIds.isValid(f[1])) {
            report.skip(number, "member id " + MemberIds.MESSAGE);
        } else if (f[0].equals(f[1])) {
            report.skip(number, "a member cannot be connected to themself");
        } else {
            from.add(members.intern(f[0]));
            to.add(members.intern(f[1]));
        }
    }

    /**
     * Splits {@code b[s, e)} (stripped, so it does not start with a blank) at runs of separators as
     * {@link #fields(String)} does; keeps the bounds of the first two fields; returns the number of fields.
     */
    private int split(byte[] b, int s, int e) {
        int count = 0;
        int fieldStart = s;
        int i = s;
        while (i < e) {
            if (separator(b[i])) {
                count = field(count, fieldStart, i);
                while (i < e && separator(b[i])) {
                    i++;
                }
                fieldStart = i;
            } else {
                i++;
            }
        }
        if (fieldStart < e) {
            count = field(count, fieldStart, e);
        }
        return count;
    }

    private int field(int count, int start, int end) {
        if (count < 2) {
            fields[2 * count] = start;
            fields[2 * count + 1] = end;
        }
        return count + 1;
    }

    /**
     * The fields of a stripped line split at runs of commas, tabs and spaces, as {@code "[,\\t ]+"} would
     * split it (a leading separator gives an empty first field, trailing ones none).
     */
    static String[] fields(String line) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        int i = 0;
        while (i < line.length()) {
            if (separator(line.charAt(i))) {
                out.add(line.substring(start, i));
                while (i < line.length() && separator(line.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        if (start < line.length()) {
            out.add(line.substring(start));
        }
        return out.toArray(String[]::new);
    }

    /** True when a first line names its columns (e.g. "id_1,id_2", "source target") rather than holding ids. */
    static boolean isHeader(String[] fields) {
        for (String f : fields) {
            if (HEADER_WORD.matcher(f).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean separator(int c) {
        return c == ',' || c == '\t' || c == ' ';
    }

    /** The ASCII characters {@link Character#isWhitespace} (and so {@link String#strip}) counts as blank. */
    static boolean blank(byte c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }

    static boolean ascii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
