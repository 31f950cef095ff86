package app.rapport.importer;

import java.time.Duration;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A console progress bar (rows, rows/s, ETA) on stderr, or nothing when progress is switched off. */
public interface Progress extends AutoCloseable {

    void step(long rows);

    @Override
    void close();

    Progress NONE = new Progress() {
        @Override
        public void step(long rows) {
        }

        @Override
        public void close() {
        }
    };

    /** A bar named {@code task} over {@code total} rows ({@code -1} when unknown). */
    static Progress console(String task, long total) {
        return console(task, total, " rows", 1);
    }

    /** A bar named {@code task} over {@code total} bytes, shown in MB ({@code -1} when unknown). */
    static Progress consoleBytes(String task, long total) {
        return console(task, total, " MB", 1_000_000);
    }

    private static Progress console(String task, long total, String unit, long unitSize) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, unitSize)
                .showSpeed()
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .setUpdateIntervalMillis((int) Duration.ofMillis(500).toMillis())
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .continuousUpdate()
                .build();
        return new Progress() {
            @Override
            public void step(long rows) {
                bar.stepBy(rows);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** Makes bars for each file of an import. */
    interface Factory {
        Progress start(String task, long total);

        /** A bar over bytes (reading files). */
        Progress bytes(String task, long total);

        Factory CONSOLE = new Factory() {
            @Override
            public Progress start(String task, long total) {
                return console(task, total);
            }

            @Override
            public Progress bytes(String task, long total) {
                return consoleBytes(task, total);
            }
        };

        Factory SILENT = new Factory() {
            @Override
            public Progress start(String task, long total) {
                return NONE;
            }

            @Override
            public Progress bytes(String task, long total) {
                return NONE;
            }
        };
    }
}
