package app.rapport.network;

import java.time.Instant;

/** Published (Spring application event) after a transaction that created a connection commits. */
public record ConnectionCreated(String memberA, String memberB, Instant at) {
}
