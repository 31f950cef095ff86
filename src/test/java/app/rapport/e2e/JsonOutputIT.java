package app.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command run with {@code --json} prints nothing on stdout but the JSON, so {@code … --json | jq} works, while
 * its log lines (here made plentiful with {@code --logging.level.root=INFO}) still reach the user on stderr.
 */
class JsonOutputIT {

    @TempDir
    Path tmp;

    @Test
    void stdoutCarriesOnlyTheJsonAndTheLogGoesToStderr() throws Exception {
        Path edges = tmp.resolve("edges.csv");
        Random random = new Random(3);
        StringBuilder rows = new StringBuilder("id_1,id_2\n");
        IntStream.range(0, 300).forEach(a -> random.ints(6, 0, 300).filter(b -> b != a)
                .forEach(b -> rows.append(a).append(',').append(b).append('\n')));
        Files.writeString(edges, rows);

        RunningService.Streams run = RunningService.commandStreams(tmp.resolve("stderr.log"), "evaluate", "--edges",
                edges.toString(), "--seed", "1", "--json", "--no-progress", "--logging.level.root=INFO");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout().strip()).as("stdout").startsWith("{").endsWith("}");
        JsonNode figures = JsonMapper.builder().build().readTree(run.stdout());
        assertThat(figures.path("rapport").path("recall@10").isNumber()).as(run.stdout()).isTrue();
        assertThat(run.stderr()).as("the log, on stderr").contains(" INFO ");
    }
}
