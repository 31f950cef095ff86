package app.rapport.suggestion;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import app.rapport.invitation.PairPolicy;

/**
 * The requesting member as read from Neo4j ({@link ViewerStore}), only for a member the in-memory graph has not
 * seen yet (created since its last rebuild, possibly by another instance); members it knows are taken from
 * memory ({@link #remembered}). Own connections, interests, organisations, places, and the ids
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

    /**
     * A member the graph knows, entirely from memory (no Neo4j read): connections, profile keys, and everyone
     * {@link PairPolicy} hides at {@code now} or the member dismissed ({@link PairStates}).
     */
    static Resolved remembered(MemberGraph g, int self, PairPolicy policy, Instant now) {
        int[] friends = g.adjacency[self];
        IntStream.Builder hidden = IntStream.builder();
        g.pairs.of(g.ids[self]).forEach((other, pair) -> {
            int o = g.indexOf(other);
            if (o >= 0 && (pair.dismissed() || policy.hidesFromSuggestions(pair.facts(), now))) {
                hidden.add(o);
            }
        });
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(friends), hidden.build()), IntStream.of(self)).toArray();
        return new Resolved(self, friends, g.interests[self], g.organizations[self], g.place[self], all, g.ids[self].hashCode());
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
