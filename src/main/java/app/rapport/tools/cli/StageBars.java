package app.rapport.tools.cli;

import app.rapport.importer.Progress;
import app.rapport.suggestion.RankerTraining;

/**
 * A training's progress as console bars on stderr, one per stage (features per split, each model, validation),
 * or nothing with {@code --no-progress}. Close it when the training is over.
 */
public final class StageBars implements RankerTraining.Progress, AutoCloseable {

    private final Options.ProgressBars bars;
    private final String prefix;
    private Progress current = Progress.NONE;

    public StageBars(Options.ProgressBars bars, String prefix) {
        this.bars = bars;
        this.prefix = prefix;
    }

    @Override
    public synchronized void stage(String name, long total) {
        current.close();
        current = bars.bar(prefix + name, total);
    }

    @Override
    public synchronized void step(long n) {
        current.step(n);
    }

    @Override
    public synchronized void close() {
        current.close();
        current = Progress.NONE;
    }
}
