package app.rapport.suggestion;

import app.rapport.config.GraphStreams;

/**
 * Reads the whole member graph from Neo4j into a {@link MemberGraph}, streaming each query's records
 * (never materialising a result list), in read transactions so a cluster can serve it from a secondary.
 */
final class MemberGraphLoader {

    private final GraphStreams streams;

    MemberGraphLoader(GraphStreams streams) {
        this.streams = streams;
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
        return builder.build();
    }

    /** The UTC day of an instant given in epoch seconds. */
    static int epochDay(long epochSeconds) {
        return (int) Math.floorDiv(epochSeconds, 86_400L);
    }
}
