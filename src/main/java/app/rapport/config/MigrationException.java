package app.rapport.config;

/** A schema migration cannot be applied, or an applied one no longer matches its file. */
class MigrationException extends RuntimeException {

    MigrationException(String message) {
        super(message);
    }

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
