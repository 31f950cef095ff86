package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import app.rapport.config.ChangeLog;
import app.rapport.network.ConnectionCreated;

/**
 * Connection events reach both kinds of listener other features may write, plain {@code @EventListener}
 * and {@code @TransactionalEventListener}, and only once the transaction commits, never on rollback.
 * No database needed: the transaction manager here only drives the synchronisation callbacks.
 */
class AfterCommitEventsTest {

    private static final ConnectionCreated EVENT = new ConnectionCreated("a", "b", Instant.EPOCH);

    @Test
    void publishedAfterCommitToPlainAndTransactionalListeners() {
        try (var context = new AnnotationConfigApplicationContext(Setup.class)) {
            Listeners listeners = context.getBean(Listeners.class);
            List<String> fed = new CopyOnWriteArrayList<>();
            ChangeLog changes = new ChangeLog(null) {
                @Override
                public void append(String kind, java.util.Map<String, Object> fields) {
                    fed.add(kind);   // the real one writes it in the transaction, just before the commit
                }
            };
            PairTransactions pairs = new PairTransactions(context.getBean(PlatformTransactionManager.class), null, context, changes);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

            tx.executeWithoutResult(status -> {
                pairs.publishAfterCommit(EVENT);
                assertThat(listeners.plain).as("nothing before commit").isEmpty();
            });
            assertThat(listeners.plain).containsExactly(EVENT);
            assertThat(listeners.transactional).containsExactly(EVENT);
            assertThat(fed).as("recorded for the other instances' feed").containsExactly("connection-created");

            tx.executeWithoutResult(status -> {
                pairs.publishAfterCommit(EVENT);
                status.setRollbackOnly();
            });
            assertThat(listeners.plain).hasSize(1);
            assertThat(listeners.transactional).hasSize(1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Setup {
        @Bean
        PlatformTransactionManager transactionManager() {
            return new NoOpTransactionManager();
        }

        @Bean
        Listeners listeners() {
            return new Listeners();
        }
    }

    static class Listeners {
        final List<Object> plain = new CopyOnWriteArrayList<>();
        final List<Object> transactional = new CopyOnWriteArrayList<>();

        @EventListener
        void onPlain(ConnectionCreated event) {
            plain.add(event);
        }

        @TransactionalEventListener
        void onCommitted(ConnectionCreated event) {
            transactional.add(event);
        }
    }

    /** Real synchronisation handling, no resource behind it. */
    static class NoOpTransactionManager extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
