package app.rapport.suggestion;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The requesting member as read from Neo4j for this request ({@link ViewerStore}; always current, even for a
 * member the in-memory graph has not seen yet): own connections, interests, organisations, places, and the ids
 * to exclude because {@link app.rapport.invitation.PairPolicy} hides them or the member dismissed them.
 */
record Viewer(String id, List<String> connections, List<String> interests, List<String> organizations,
        List<String> places, List<String> excluded) {

    /** The viewer in the graph's numbering; ids the graph does not know are dropped. */
    Resolved resolve(MemberGraph g) {
        int self = g.indexOf(id);
        int[] friends = sortedIndices(connections, g.index::get);
        int[] others = sortedIndices(excluded, g.index::get);
        int[] all = Arrays.copyOf(friends, friends.length + others.length + 1);
        System.arraycopy(others, 0, all, friends.length, others.length);
        all[all.length - 1] = self;
        int place = -1;
        for (String p : places) {
            Integer i = g.placeIndex.get(p);
            if (i != null) {
                place = i;
                break;
            }
        }
        return new Resolved(self, friends, sortedIndices(interests, g.interestIndex::get),
                sortedIndices(organizations, g.organizationIndex::get), place, all, id.hashCode());
    }

    private static int[] sortedIndices(Collection<String> keys, java.util.function.Function<String, Integer> lookup) {
        return MemberGraphBuilder.sortedDistinct(keys.stream().map(lookup).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).toArray());
    }

    /** Viewer data as graph indices; {@code excluded} holds self (-1 when unknown), friends and the rest. */
    record Resolved(int self, int[] friends, int[] interests, int[] organizations, int place, int[] excluded, int seed) {

        /**
         * A member as the graph itself knows them (training and validation run on a graph with connections
         * hidden, where no Neo4j read could say what is hidden): excluded are self and the graph's connections.
         */
        static Resolved fromGraph(MemberGraph g, int member) {
            int[] friends = g.adjacency[member];
            int[] excluded = Arrays.copyOf(friends, friends.length + 1);
            excluded[friends.length] = member;
            return new Resolved(member, friends, g.interests[member], g.organizations[member], g.place[member], excluded,
                    g.ids[member].hashCode());
        }
    }
}
