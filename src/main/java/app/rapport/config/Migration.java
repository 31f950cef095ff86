package app.rapport.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code V####__Name.cypher} file: its version, description, statements and checksum. */
record Migration(int version, String description, String script, String checksum) {

    private static final Pattern NAME = Pattern.compile("V(\\d{4})__([A-Za-z0-9_]+)\\.cypher");

    /** A schema command and the name of the index or constraint it creates or drops (every bundled one is named). */
    private static final Pattern SCHEMA = Pattern.compile(
            "(?is)^\\s*(CREATE|DROP)\\s+(?:\\w+\\s+)?(?:INDEX|CONSTRAINT)\\s+(`[^`]+`|\\w+)(?:\\s.*)?");

    /** A statement whose first clause is {@code MATCH (x:Label …}: one label, no label expression, no UNION after it. */
    private static final Pattern LEADING_MATCH = Pattern.compile("(?is)^\\s*MATCH\\s*\\(\\s*\\w*\\s*:\\s*(\\w+)\\s*[)\\{].*");
    private static final Pattern UNION = Pattern.compile("(?is).*\\bUNION\\b.*");
    /** Every word after a colon: the labels a statement names (and more: types, map keys' values; never too few). */
    private static final Pattern NAMED = Pattern.compile(":\\s*`?(\\w+)");

    static Migration parse(String fileName, String script) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new MigrationException("Migration file name " + fileName + " does not match V####__Name.cypher");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), script, sha256(script));
    }

    /** Statements end with a semicolon at the end of a line; comment lines are dropped. */
    List<String> statements() {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    /**
     * The index or constraint a schema statement creates ({@code +name}) or drops ({@code -name}); empty for a
     * data statement (and for an unnamed schema command, which is then left where it is).
     */
    static Optional<String> schemaChange(String statement) {
        Matcher m = SCHEMA.matcher(statement);
        if (!m.matches() || m.group(2).equalsIgnoreCase("IF")) {
            return Optional.empty();
        }
        return Optional.of((m.group(1).equalsIgnoreCase("CREATE") ? "+" : "-") + m.group(2).replace("`", ""));
    }

    /**
     * The label a data statement starts from ({@code MATCH (r:InvitationRollup) DETACH DELETE r}): on a store where no
     * node has it, the statement has no rows to work on. Empty for any other statement (OPTIONAL MATCH, MERGE, a
     * label expression, a UNION).
     */
    static Optional<String> leadingLabel(String statement) {
        Matcher m = LEADING_MATCH.matcher(statement);
        if (!m.matches() || UNION.matcher(statement).matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** The labels a statement names, among other words (relationship types, values after a map key): never too few. */
    static Set<String> namedLabels(String statement) {
        Set<String> names = new HashSet<>();
        Matcher m = NAMED.matcher(statement);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
