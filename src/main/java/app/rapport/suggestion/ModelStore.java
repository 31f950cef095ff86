package app.rapport.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import app.rapport.config.RapportProperties;
import app.rapport.suggestion.ranking.LinearModel;
import app.rapport.suggestion.ranking.Model;
import app.rapport.suggestion.ranking.TreeModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trained models, versioned, each kept with its validation figures: {@code <rapport.data-dir>/models/<version>/}
 * holds {@code model.json} (the model as served: weights, or the trees) and {@code meta.json} (a
 * {@link TrainingReport}). Versions count up; a version is written to a temporary directory and renamed into
 * place, so a reader never sees half of one. The newest {@link #KEPT} versions are kept.
 */
@Component
class ModelStore {

    static final int KEPT = 10;
    private static final Logger log = LoggerFactory.getLogger(ModelStore.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What {@code model.json} holds: one of the two kinds. */
    record StoredModel(String kind, LinearModel linear, TreeModel trees) {
        static StoredModel of(Model model) {
            return model instanceof LinearModel l ? new StoredModel(l.kind(), l, null) : new StoredModel(model.kind(), null, (TreeModel) model);
        }

        Model model() {
            return linear != null ? linear : trees;
        }
    }

    /** A stored version: its figures and, when it was kept, its model. */
    record Version(TrainingReport report, Optional<Model> model) {
    }

    private final Path dir;

    @Autowired
    ModelStore(RapportProperties properties) {
        this(properties.dataDir().resolve("models"));
    }

    private ModelStore(Path dir) {
        this.dir = dir;
    }

    /** A store in {@code dir} (tests; the service's is under its data dir). */
    static ModelStore in(Path dir) {
        return new ModelStore(dir);
    }

    Path dir() {
        return dir;
    }

    /** The next version number. */
    synchronized int nextVersion() {
        return versions().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /** Writes a version; {@code model} may be null (no model was good enough to keep). */
    synchronized void save(TrainingReport report, Model model) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempDirectory(dir, ".writing-");
            if (model != null) {
                JSON.writeValue(tmp.resolve("model.json").toFile(), StoredModel.of(model));
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.resolve("meta.json").toFile(), report);
            Files.move(tmp, dir.resolve(Integer.toString(report.version())), StandardCopyOption.ATOMIC_MOVE);
            List<Integer> all = versions();
            for (int i = 0; i < all.size() - KEPT; i++) {
                FileSystemUtils.deleteRecursively(dir.resolve(Integer.toString(all.get(i))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model version " + report.version() + " under " + dir, e);
        }
    }

    /** The newest version, promoted or not (when the last training ran, what it found). */
    Optional<Version> newest() {
        List<Integer> all = versions();
        return all.isEmpty() ? Optional.empty() : read(all.get(all.size() - 1));
    }

    /**
     * When the newest version this code can use was trained, or null: a version whose model has another feature list
     * (an upgrade changed the features) cannot be served, so it counts as no training at all.
     */
    Instant newestUsableTraining() {
        return newest().filter(v -> v.model().map(m -> m.features().equals(Features.NAMES)).orElse(true))
                .map(v -> v.report().trainedAt()).orElse(null);
    }

    /** The newest promoted version whose model can still be served (same feature list). */
    Optional<Version> newestPromoted() {
        List<Integer> all = versions();
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<Version> v = read(all.get(i));
            if (v.isPresent() && v.get().report().promoted() && v.get().model().filter(m -> m.features().equals(Features.NAMES)).isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private Optional<Version> read(int version) {
        Path d = dir.resolve(Integer.toString(version));
        try {
            TrainingReport report = JSON.readValue(d.resolve("meta.json").toFile(), TrainingReport.class);
            Path model = d.resolve("model.json");
            Optional<Model> m = Files.isRegularFile(model)
                    ? Optional.of(JSON.readValue(model.toFile(), StoredModel.class).model()) : Optional.empty();
            return Optional.of(new Version(report, m));
        } catch (RuntimeException e) {
            // A damaged or foreign version is skipped, never served.
            log.warn("Model version {} under {} cannot be read: {}", version, dir, e.toString());
            return Optional.empty();
        }
    }

    private List<Integer> versions() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Integer> out = new ArrayList<>();
            entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{1,9}")).forEach(n -> out.add(Integer.parseInt(n)));
            out.sort(Comparator.naturalOrder());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
