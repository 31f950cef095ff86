package app.rapport.tools.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.rapport.importer.Progress;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * The options the commands share, as picocli mixins ({@code @Mixin Options.Json json = new Options.Json();}),
 * each with its checks, so every command spells and checks them the same way. A command sets its own
 * defaults through the mixin's constructor; the launcher runs every mixin's {@link Checked#check()} before
 * anything starts.
 */
public final class Options {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Options() {
    }

    /** A mixin with argument checks picocli cannot express; throws {@link IllegalArgumentException} with one line. */
    public interface Checked {
        void check();
    }

    /** {@code --json}: the figures as JSON on stdout (the one JSON writer of the tools), the table on stderr. */
    public static final class Json {

        /** The process's stdout, kept for the JSON once {@link #quietConsoleFor} pointed System.out at stderr. */
        private static volatile PrintStream stdout;

        @Option(names = "--json", description = "print the figures as JSON on stdout (the table goes to stderr)")
        boolean json;

        public boolean on() {
            return json;
        }

        /** Where the human-readable lines go: stderr when stdout carries the JSON. */
        public PrintStream table() {
            return json ? System.err : System.out;
        }

        /** Prints {@code value} (maps, lists, records) as JSON on stdout, when {@code --json} was given. */
        public void print(Object value) {
            if (json) {
                PrintStream out = stdout != null ? stdout : System.out;
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
                out.flush();
            }
        }
    }

    /** {@code --seed S}: the same seed gives the same sample, split or activity. */
    public static final class Seed {

        @Option(names = "--seed", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
        long seed;

        public Seed(long seed) {
            this.seed = seed;
        }

        public long value() {
            return seed;
        }
    }

    /** {@code --queries N --warmup W}: timed calls per measurement, and untimed calls before them. */
    public static final class Sampling implements Checked {

        @Option(names = "--queries", paramLabel = "N", description = "timed calls per method (default ${DEFAULT-VALUE})")
        int queries;

        @Option(names = "--warmup", paramLabel = "W",
                description = "untimed calls per method first, for the JIT, query plans and caches (default ${DEFAULT-VALUE})")
        int warmup;

        public Sampling(int queries, int warmup) {
            this.queries = queries;
            this.warmup = warmup;
        }

        public int queries() {
            return queries;
        }

        public int warmup() {
            return warmup;
        }

        @Override
        public void check() {
            if (queries < 1 || queries > 1_000_000 || warmup < 0 || warmup > 1_000_000) {
                throw new IllegalArgumentException("--queries must be 1..1000000 and --warmup 0..1000000");
            }
        }
    }

    /** {@code --no-progress}: no console progress bars (they go to stderr). */
    public static final class ProgressBars {

        @Option(names = "--no-progress", description = "no progress bars")
        boolean off;

        public boolean on() {
            return !off;
        }

        /** A bar on stderr, or nothing with {@code --no-progress}. */
        public Progress bar(String task, long total) {
            return off ? Progress.NONE : Progress.console(task, total);
        }
    }

    /** {@code --work-dir DIR}: where temporary stores and files go. */
    public static final class WorkDir implements Checked {

        @Option(names = "--work-dir", paramLabel = "DIR", description = "where temporary stores go (default: the system temp dir)")
        Path dir;

        public Path dir() {
            return dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
        }

        @Override
        public void check() {
            if (dir != null) {
                requireDirectory("--work-dir", dir);
            }
        }
    }

    /** What every bench command takes: {@code --queries --warmup --seed --json --no-progress}. */
    public record Bench(@Mixin Sampling sampling, @Mixin Seed seed, @Mixin Json json, @Mixin ProgressBars progress) {

        public Bench(int queries, int warmup, long seed) {
            this(new Sampling(queries, warmup), new Seed(seed), new Json(), new ProgressBars());
        }
    }

    /** Fails unless each given (non-null) path is a readable file. */
    public static void requireFiles(Path... files) {
        for (Path file : files) {
            if (file != null && (!Files.isRegularFile(file) || !Files.isReadable(file))) {
                throw new IllegalArgumentException(file + " is not a readable file");
            }
        }
    }

    public static void requireDirectory(String label, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(label + " " + dir + " is not a directory");
        }
    }

    /** Fails with {@code message} unless exactly one of the alternatives was given. */
    public static void requireOne(String message, boolean... given) {
        int count = 0;
        for (boolean g : given) {
            count += g ? 1 : 0;
        }
        if (count != 1) {
            throw new IllegalArgumentException(message);
        }
    }

    static void check(CommandSpec command) {
        mixins(command).forEach(m -> {
            if (m instanceof Checked checked) {
                checked.check();
            }
        });
    }

    /** The command's mixins, nested ones included. */
    private static Stream<Object> mixins(CommandSpec command) {
        return command.mixins().values().stream().flatMap(m -> Stream.concat(Stream.of(m.userObject()), mixins(m)));
    }

    /**
     * With {@code --json}, stdout must carry nothing but the JSON: everything else written to System.out (the
     * console log, whose appender looks System.out up on every write, and any line a library prints) goes to
     * stderr from here on, and console logging ({@link #QUIETED}) is cut to errors; set before any context starts,
     * as system properties, so the command's context and its temporary stores all read them.
     */
    static void quietConsoleFor(CommandSpec command) {
        boolean json = mixins(command).anyMatch(m -> m instanceof Json j && j.on());
        if (json) {
            Json.stdout = System.out;
            System.setOut(System.err);
            QUIETED.forEach(logger -> System.setProperty("logging.level." + logger, "ERROR"));
            System.setProperty("spring.main.log-startup-info", "false");
        }
    }

    /**
     * The loggers cut to errors with {@code --json}: the root, and every logger the launcher or
     * {@code application.yml} sets below ERROR (a more specific level outranks the root's: the Neo4j driver's
     * "transaction failed and will be retried" warning, with its stack trace, once landed in {@code evaluate --json}'s
     * output).
     */
    static final List<String> QUIETED = List.of("root", "app.rapport", "org.neo4j", "org.neo4j.driver",
            "org.springframework.data.neo4j.cypher.performance");
}
