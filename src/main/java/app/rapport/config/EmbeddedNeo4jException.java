package app.rapport.config;

/** The embedded database cannot start; its message is the one line an operator needs. */
class EmbeddedNeo4jException extends RuntimeException {

    EmbeddedNeo4jException(String message) {
        super(message);
    }

    EmbeddedNeo4jException(String message, Throwable cause) {
        super(message, cause);
    }
}
