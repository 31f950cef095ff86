package app.rapport.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.staging.CoarseBoundedProgressExecutionMonitor;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.internal.batchimport.staging.ExecutionMonitors;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.recordstorage.RecordDatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;

/**
 * Writes {@link StoreContent} as a new Neo4j store with Neo4j's own batch importer (the engine behind
 * {@code neo4j-admin database import full}): node and relationship records, property and token stores,
 * counts and the token lookup indexes, written directly, without transactions or transaction logs.
 * The store goes into a Neo4j home of its own (the staging directory); uniqueness constraints and
 * indexes come afterwards from the migrations, when the database first starts on it.
 */
final class StoreBuilder {

    /** Rows handed to the importer's worker threads at a time. */
    private static final int CHUNK = 10_000;
    /** Off-heap memory the importer may take for its caches and page cache (its default is 90 % of free RAM). */
    private static final long MAX_OFF_HEAP = 2L << 30;

    private StoreBuilder() {
    }

    /** Builds the store of {@code content} under {@code home} (a fresh Neo4j home), reporting progress to {@code progress}. */
    static void build(StoreContent content, Path home, Progress.Factory progress) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
        RecordDatabaseLayout layout = RecordDatabaseLayout.of(config);
        Configuration importConfig = new Configuration() {
            @Override
            public long maxOffHeapMemory() {
                return Math.min(MAX_OFF_HEAP, Configuration.super.maxOffHeapMemory());
            }

            @Override
            public IndexConfig indexConfig() {
                // The label and relationship-type lookup indexes every Neo4j 5 database has from its start.
                return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
            }
        };
        long nodes = content.nodeCount();
        long relationships = content.relationshipCount();
        try (Progress bar = progress.start("store", 100);
             FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
             JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            var monitor = new CoarseBoundedProgressExecutionMonitor(nodes, relationships, importConfig) {
                private long done;
                private long shown;

                @Override
                protected void progress(long progress) {
                    // The importer counts in its own units (several passes over the data); shown here as a percentage.
                    done += progress;
                    long percent = total() == 0 ? 100 : Math.min(100, done * 100 / total());
                    bar.step(percent - shown);
                    shown = percent;
                }
            };
            // -Drapport.import.trace=true: the importer's own report of each stage and its time, instead of the bar.
            ExecutionMonitor shown = Boolean.getBoolean("rapport.import.trace") ? ExecutionMonitors.defaultVisible() : monitor;
            BatchImporter importer = BatchImporterFactory.withHighestPriority().instantiate(layout, fs, PageCacheTracer.NULL,
                    importConfig, new SimpleLogService(NullLogProvider.getInstance()), shown, DefaultAdditionalIds.EMPTY,
                    new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
                    TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY);
            importer.doImport(input(content));
        } catch (IOException e) {
            throw new UncheckedIOException("The batch importer could not build the store in " + home + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private static Input input(StoreContent content) {
        long nodeProperties = content.nodePropertyCount();
        long relationshipProperties = content.relationshipPropertyCount();
        Input.Estimates estimates = Input.knownEstimates(content.nodeCount(), content.relationshipCount(), nodeProperties,
                relationshipProperties, nodeProperties * 24, relationshipProperties * 16, content.nodeCount());
        InputIterable nodeInput = () -> new Chunks(content.nodeCount(), (index, visitor) -> {
            visitor.id(index);
            content.node(index, visitor);
        });
        InputIterable relationshipInput = () -> new Chunks(content.relationshipCount(), content::relationship);
        // ACTUAL: the node ids are given (dense indexes), so no id mapping pass is needed.
        return Input.input(nodeInput, relationshipInput, IdType.ACTUAL, estimates, ReadableGroups.EMPTY);
    }

    /** Visits the entity at one index of the input. */
    @FunctionalInterface
    private interface Entity {
        void visit(long index, InputEntityVisitor visitor);
    }

    /** Hands ranges of {@code count} entities to the importer's threads, {@link #CHUNK} at a time. */
    private static final class Chunks implements InputIterator {
        private final long count;
        private final Entity entity;
        private long next;

        Chunks(long count, Entity entity) {
            this.count = count;
            this.entity = entity;
        }

        @Override
        public InputChunk newChunk() {
            return new Range();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            if (next >= count) {
                return false;
            }
            Range range = (Range) chunk;
            range.at = next;
            range.end = Math.min(count, next + CHUNK);
            next = range.end;
            return true;
        }

        @Override
        public void close() {
        }

        private final class Range implements InputChunk {
            long at;
            long end;

            @Override
            public boolean next(InputEntityVisitor visitor) throws IOException {
                if (at >= end) {
                    return false;
                }
                entity.visit(at++, visitor);
                visitor.endOfEntity();
                return true;
            }

            @Override
            public void close() {
            }
        }
    }
}
