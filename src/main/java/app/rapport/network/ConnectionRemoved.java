package app.rapport.network;

import java.time.Instant;

/** Published (Spring application event) after a transaction that removed a connection commits. */
public record ConnectionRemoved(String memberA, String memberB, Instant at) {
}
