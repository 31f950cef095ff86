package app.rapport.tools.evaluation;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate}: writes a seeded power-law graph with interests ({@code edges.csv}, {@code interests.tsv}). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a seeded power-law graph with interests for bench and evaluate.")
public class GenerateCommand implements AppCommand.Standalone {

    @Option(names = "--members", defaultValue = "100000", description = "members (default ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--connections", defaultValue = "1000000", description = "connections, about (default ${DEFAULT-VALUE})")
    long connections;

    @Option(names = "--interests-per-member", defaultValue = "5", description = "mean interests per member (default ${DEFAULT-VALUE})")
    int interests;

    @Option(names = "--topics", defaultValue = "20000", description = "interest vocabulary size (default ${DEFAULT-VALUE})")
    int topics;

    @Option(names = "--closure", defaultValue = "0.5", description = "triadic closure probability (default ${DEFAULT-VALUE})")
    double closure;

    @Mixin Options.Seed seed = new Options.Seed(42);

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Override
    public void validate() {
        if (members < 2 || members > 50_000_000) {
            throw new IllegalArgumentException("--members must be between 2 and 50000000");
        }
        if (connections < 1 || connections > (long) members * 500 || connections > 500_000_000) {
            throw new IllegalArgumentException("--connections must be between 1 and 500 per member (500000000 at most)");
        }
        if (interests < 1 || interests > 100 || topics < 1 || topics > 10_000_000) {
            throw new IllegalArgumentException("--interests-per-member must be 1..100 and --topics 1..10000000");
        }
        if (closure < 0 || closure > 1) {
            throw new IllegalArgumentException("--closure must be between 0 and 1");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        long start = System.nanoTime();
        long written = new GraphGenerator(members, connections, interests, topics, closure, seed.value()).write(out);
        System.out.printf("Wrote %,d members, %,d connections to %s (edges.csv, interests.tsv) in %.1f s%n", members, written,
                out.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
