package app.rapport.tools.cli;

import java.util.Locale;
import java.util.stream.Collectors;

import app.rapport.suggestion.TrainingReport;

/** One training's figures as the lines {@code train}, {@code evaluate} and {@code simulate} print. */
public final class TrainingLines {

    private TrainingLines() {
    }

    public static String describe(TrainingReport r) {
        String recalls = r.recalls().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.4f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "train: version %d, %s split%s, %,d members trained on (%,d rows%s), %,d validated; Recall@10 %s -> %s (%.1f s)",
                r.version(), r.newestSplit() ? "newest-connections" : "random", r.splits() > 1 ? " x" + r.splits() : "",
                r.groups(), r.rows(), r.outcomeGroups() > 0 ? ", " + r.outcomeGroups() + " outcome groups" : "",
                r.validationMembers(), recalls,
                r.promoted() ? r.kind() + " promoted" : "not promoted, the formula (or the previous model) keeps serving",
                r.seconds()));
        r.notes().forEach(n -> out.append(System.lineSeparator()).append("train: note: ").append(n));
        return out.toString();
    }
}
