package app.rapport.suggestion;

import java.util.Arrays;
import java.util.Map;

/**
 * A read-optimised copy of the member graph: members numbered 0..n-1, each with its sorted neighbour
 * array, its sorted interest ids, organisation ids and place, plus the inverted lists (interest to
 * members, organisation to members) that find candidates without a connection path. Everything is an
 * int array, so a two-hop expansion touches a few cache lines per neighbour instead of a store page.
 * Rows are replaced copy-on-write by {@link GraphChanges} when this instance commits a change (connections,
 * profiles); the pair facts ({@link PairStates}) change with invitations and dismissals.
 */
public final class MemberGraph {

    final String[] ids;
    final Map<String, Integer> index;
    final String[] names;
    final int[][] adjacency;

    final int[][] interests;
    final String[] interestKeys;
    final String[] interestNames;
    final Map<String, Integer> interestIndex;
    final int[][] interestMembers;
    /** Length of each member's idf-weighted interest vector (for the cosine of two members' interests). */
    final double[] interestNorm;

    final int[][] organizations;
    final String[] organizationIds;
    final String[] organizationNames;
    final boolean[] organizationIsSchool;
    final Map<String, Integer> organizationIndex;
    final int[][] organizationMembers;

    final int[] place;
    final String[] placeIds;
    final String[] placeNames;
    final Map<String, Integer> placeIndex;

    /** Per member, the invitation facts and dismissals that hide others from their suggestions. */
    final PairStates pairs = new PairStates();

    /** Per member, how often and when each candidate was shown. */
    final ImpressionCounts impressions = new ImpressionCounts();

    MemberGraph(String[] ids, Map<String, Integer> index, String[] names, int[][] adjacency,
            int[][] interests, String[] interestKeys, String[] interestNames, Map<String, Integer> interestIndex,
            int[][] organizations, String[] organizationIds, String[] organizationNames, boolean[] organizationIsSchool,
            Map<String, Integer> organizationIndex, int[] place, String[] placeIds, String[] placeNames,
            Map<String, Integer> placeIndex) {
        this.ids = ids;
        this.index = index;
        this.names = names;
        this.adjacency = adjacency;
        this.interests = interests;
        this.interestKeys = interestKeys;
        this.interestNames = interestNames;
        this.interestIndex = interestIndex;
        this.interestMembers = invert(interests, interestKeys.length);
        this.interestNorm = new double[ids.length];
        for (int m = 0; m < ids.length; m++) {
            interestNorm[m] = norm(interests[m]);
        }
        this.organizations = organizations;
        this.organizationIds = organizationIds;
        this.organizationNames = organizationNames;
        this.organizationIsSchool = organizationIsSchool;
        this.organizationIndex = organizationIndex;
        this.organizationMembers = invert(organizations, organizationIds.length);
        this.place = place;
        this.placeIds = placeIds;
        this.placeNames = placeNames;
        this.placeIndex = placeIndex;
    }

    /** Number of members. */
    public int size() {
        return ids.length;
    }

    /** Number of connections (each pair once). */
    public long connections() {
        long ends = 0;
        for (int[] row : adjacency) {
            ends += row.length;
        }
        return ends / 2;
    }

    /** The member's index, or -1 when the snapshot does not know the id. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public String id(int member) {
        return ids[member];
    }

    /** Sorted neighbour indices; the caller must not modify the array. */
    public int[] neighbours(int member) {
        return adjacency[member];
    }

    public int degree(int member) {
        return adjacency[member].length;
    }

    /** Sorted interest ids of a member; the caller must not modify the array. */
    public int[] interestsOf(int member) {
        return interests[member];
    }

    /** How many members share this interest (its document frequency). */
    int interestFrequency(int interest) {
        return interestMembers[interest].length;
    }

    /** Inverse document frequency of an interest: rare interests say more about two people. */
    double idf(int interest) {
        return Math.log((double) ids.length / Math.max(1, interestMembers[interest].length));
    }

    /** Length of the idf-weighted vector of these interests. */
    double norm(int[] interestIds) {
        double sum = 0;
        for (int i : interestIds) {
            double idf = idf(i);
            sum += idf * idf;
        }
        return Math.sqrt(sum);
    }

    /** Is {@code b} a neighbour of {@code a}? Binary search on the sorted row. */
    boolean connected(int a, int b) {
        return Arrays.binarySearch(adjacency[a], b) >= 0;
    }

    private static int[][] invert(int[][] memberToItems, int items) {
        int[] counts = new int[items];
        for (int[] row : memberToItems) {
            for (int item : row) {
                counts[item]++;
            }
        }
        int[][] lists = new int[items][];
        for (int i = 0; i < items; i++) {
            lists[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        // Members are visited in index order, so every list comes out sorted.
        for (int m = 0; m < memberToItems.length; m++) {
            for (int item : memberToItems[m]) {
                lists[item][counts[item]++] = m;
            }
        }
        return lists;
    }
}
