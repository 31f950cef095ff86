package app.rapport.suggestion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import app.rapport.config.GraphStreams;
import app.rapport.invitation.InvitationStatus;
import app.rapport.invitation.ReasonCode;

/**
 * Reads the whole member graph from Neo4j into a {@link MemberGraph} (with the pair facts: invitations that
 * still hide someone, dismissals), streaming each query's records
 * (never materialising a result list), in read transactions so a cluster can serve it from a secondary.
 */
final class MemberGraphLoader {

    private final GraphStreams streams;
    private final ImpressionSettings impressions;
    private final Clock clock;

    MemberGraphLoader(GraphStreams streams, ImpressionSettings impressions, Clock clock) {
        this.streams = streams;
        this.impressions = impressions;
        this.clock = clock;
    }

    MemberGraph load() {
        MemberGraphBuilder builder = new MemberGraphBuilder();
        streams.read("suggestion-graph-members", r -> builder.member(r.get("id").asString(), r.get("name").asString("")));
        streams.read("suggestion-graph-connections", r -> builder.connection(r.get("a").asString(), r.get("b").asString(),
                r.get("since").isNull() ? MemberGraph.UNKNOWN_DAY : epochDay(r.get("since").asLong())));
        streams.read("suggestion-graph-interests", r -> builder.interest(r.get("member").asString(), r.get("key").asString(),
                r.get("name").asString(null)));
        streams.read("suggestion-graph-organizations", r -> builder.organization(r.get("member").asString(),
                r.get("id").asString(), r.get("name").asString(null), r.get("school").asBoolean(false)));
        streams.read("suggestion-graph-places", r -> builder.place(r.get("member").asString(), r.get("id").asString(),
                r.get("name").asString(null)));
        MemberGraph g = builder.build();
        streams.read("suggestion-graph-invitations", r -> g.pairs.loaded(r.get("from").asString(), r.get("to").asString(),
                InvitationStatus.valueOf(r.get("status").asString()), r.get("at").asZonedDateTime().toInstant()));
        streams.read("suggestion-graph-dismissals", r -> g.pairs.dismissed(r.get("member").asString(), r.get("other").asString()));
        g.impressions.limit(impressions.memoryMaxPairs());
        LocalDate since = LocalDate.ofInstant(clock.instant().minus(impressions.memoryWindow()), ZoneOffset.UTC);
        streams.read("suggestion-graph-impressions", Map.of("since", since), r -> g.impressions.loaded(r.get("member").asString(),
                r.get("candidate").asString(), r.get("shown").asInt(), r.get("lastShown").asZonedDateTime().toInstant(),
                r.get("rank").asInt(), r.get("reasons").asList(v -> ReasonCode.valueOf(v.asString()))));
        return g;
    }

    /** The UTC day of an instant given in epoch seconds. */
    static int epochDay(long epochSeconds) {
        return (int) Math.floorDiv(epochSeconds, 86_400L);
    }
}
