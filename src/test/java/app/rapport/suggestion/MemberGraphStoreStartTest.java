package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;

import app.rapport.config.GraphStreams;
import app.rapport.support.IntegrationTest;

/**
 * A new instance's first requests arrive before its suggestion copy exists: they must share one build, not
 * each start their own (on a 5M-connection graph, eight parallel builds made every request time out).
 */
class MemberGraphStoreStartTest extends IntegrationTest {

    @Autowired
    SuggestionSettings settings;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    GraphStreams streams;

    @Autowired
    ImpressionWriter impressions;

    @Autowired
    ImpressionSettings impressionSettings;

    @Test
    void concurrentFirstCallersShareOneBuild() throws Exception {
        members("a", "b", "c");
        connect("a", "b");
        MemberGraphStore fresh = new MemberGraphStore(streams, impressions, settings, environment, events, impressionSettings, clock);
        try {
            assertThat(fresh.status().graph()).isNull();
            int callers = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            List<Future<MemberGraph>> graphs = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                graphs.add(pool.submit(() -> {
                    start.await();
                    return fresh.current();
                }));
            }
            start.countDown();
            MemberGraph first = graphs.get(0).get();
            for (Future<MemberGraph> g : graphs) {
                assertThat(g.get()).isSameAs(first);
            }
            pool.shutdown();
            assertThat(fresh.status().builds()).isEqualTo(1);
            assertThat(first.size()).isEqualTo(3);
            assertThat(first.connections()).isEqualTo(1);
        } finally {
            fresh.destroy();
        }
    }
}
