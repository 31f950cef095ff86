package app.rapport.tools.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.importer.EdgeListImporter;
import app.rapport.member.MemberIds;
import app.rapport.security.Role;
import app.rapport.security.TokenIssuer;
import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench-http}: prepares the HTTP benchmark that a user's view of the service needs (wrk over loopback):
 * a seeded sample of members of an edge list, each with a token signed with the local key of
 * {@code rapport.data-dir} ({@code tokens.tsv}), and the wrk Lua script that rotates over them
 * ({@code rapport.lua}). It needs no database, so it runs beside a serving instance on the same data dir.
 */
@Command(name = "bench-http", mixinStandardHelpOptions = true,
        description = "Write member tokens and the wrk script for the HTTP benchmark (README, Suggestions over HTTP).")
public class BenchHttpCommand implements AppCommand.Standalone {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\t ]+");

    @Option(names = "--edges", required = true, paramLabel = "FILE", description = "the edge list the store was imported from")
    Path edges;

    @Option(names = "--members", paramLabel = "N", defaultValue = "2000", description = "members to rotate over (default ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where tokens.tsv and rapport.lua go")
    Path out;

    @Option(names = "--hours", defaultValue = "12", description = "token validity in hours (default ${DEFAULT-VALUE})")
    int hours;

    @Mixin Options.Seed seed = new Options.Seed(42);

    @Override
    public void validate() {
        Options.requireFiles(edges);
        if (members < 1 || members > 1_000_000) {
            throw new IllegalArgumentException("--members must be 1..1000000");
        }
        if (hours < 1 || hours > 24 * 7) {
            throw new IllegalArgumentException("--hours must be 1..168");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        List<String> picked = sample(connectedMembers(edges));
        TokenIssuer issuer = context.getBean(TokenIssuer.class);
        try {
            Files.createDirectories(out);
            Path tokens = out.resolve("tokens.tsv");
            try (BufferedWriter w = Files.newBufferedWriter(tokens)) {
                for (String id : picked) {
                    w.write(id + "\t" + issuer.issue(id, List.of(Role.MEMBER), Duration.ofHours(hours)) + "\n");
                }
            }
            Path script = out.resolve("rapport.lua");
            try (InputStream in = BenchHttpCommand.class.getResourceAsStream("/bench/rapport.lua")) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.printf("Wrote %,d member tokens to %s and the wrk script to %s; for example:%n"
                    + "  wrk -t2 -c16 -d30s --latency -s %s http://127.0.0.1:PORT -- suggestions%n"
                    + "  wrk -t2 -c16 -d30s --latency -s %s http://127.0.0.1:PORT -- profile%n"
                    + "Measure a service started after `train` on this store (else it trains one during the runs), warmed up,"
                    + " and with the impression writer idle between runs (README, \"How to rerun\").%n",
                    picked.size(), tokens, script, script, script);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + out + ": " + e.getMessage(), e);
        }
        return 0;
    }

    /**
     * Every member id of the edge list (the same format rules as {@code import edges}; bad rows are skipped, and so is
     * a header line such as {@code generate}'s {@code source,target}, whose words are valid ids of no member).
     */
    static List<String> connectedMembers(Path edges) {
        TreeSet<String> ids = new TreeSet<>();
        try (BufferedReader reader = Files.newBufferedReader(edges)) {
            String raw;
            boolean first = true;
            while ((raw = reader.readLine()) != null) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = SEPARATORS.split(line);
                boolean header = first && EdgeListImporter.isHeader(f);
                first = false;
                if (!header && f.length == 2 && MemberIds.isValid(f[0]) && MemberIds.isValid(f[1]) && !f[0].equals(f[1])) {
                    ids.add(f[0]);
                    ids.add(f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + edges + ": " + e.getMessage(), e);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(edges + " names no connection");
        }
        return new ArrayList<>(ids);
    }

    /** A seeded sample: the same file and seed give the same members in the same order. */
    private List<String> sample(List<String> ids) {
        Collections.shuffle(ids, new Random(seed.value()));
        return ids.subList(0, Math.min(members, ids.size()));
    }
}
