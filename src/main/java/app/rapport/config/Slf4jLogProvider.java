package app.rapport.config;

import org.neo4j.logging.Log;
import org.neo4j.logging.LogProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes the embedded Neo4j's user log through the application's logging (SLF4J/Logback). */
class Slf4jLogProvider implements LogProvider {

    @Override
    public Log getLog(Class<?> loggingClass) {
        return new Slf4jLog(LoggerFactory.getLogger(loggingClass));
    }

    @Override
    public Log getLog(String name) {
        return new Slf4jLog(LoggerFactory.getLogger(name));
    }

    private record Slf4jLog(Logger logger) implements Log {

        @Override
        public boolean isDebugEnabled() {
            return logger.isDebugEnabled();
        }

        @Override
        public void debug(String message) {
            logger.debug(message);
        }

        @Override
        public void debug(String message, Throwable throwable) {
            logger.debug(message, throwable);
        }

        @Override
        public void debug(String format, Object... arguments) {
            if (logger.isDebugEnabled()) {
                logger.debug(String.format(format, arguments));
            }
        }

        @Override
        public void info(String message) {
            logger.info(message);
        }

        @Override
        public void info(String message, Throwable throwable) {
            logger.info(message, throwable);
        }

        @Override
        public void info(String format, Object... arguments) {
            logger.info(String.format(format, arguments));
        }

        @Override
        public void warn(String message) {
            logger.warn(message);
        }

        @Override
        public void warn(String message, Throwable throwable) {
            logger.warn(message, throwable);
        }

        @Override
        public void warn(String format, Object... arguments) {
            logger.warn(String.format(format, arguments));
        }

        @Override
        public void error(String message) {
            logger.error(message);
        }

        @Override
        public void error(String message, Throwable throwable) {
            logger.error(message, throwable);
        }

        @Override
        public void error(String format, Object... arguments) {
            logger.error(String.format(format, arguments));
        }
    }
}
