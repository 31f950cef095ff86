package app.rapport.suggestion;

import java.util.Arrays;
import java.util.Map;

/**
 * A read-optimised copy of the member graph: members numbered 0..n-1, each with its sorted neighbour
 * array, its sorted interest ids, organisation ids and place, plus the inverted lists (interest to
 * members, organisation to members) that find candidates without a connection path. Everything is an
 * int array, so a two-hop expansion touches a few cache lines per neighbour instead of a store page.
 * Each adjacency row has a parallel row of connection dates ({@link #since}, epoch days), which the ranker's
 * age features read. Rows are replaced copy-on-write by {@link GraphChanges} when a change is committed
 * (connections, profiles; a reader may briefly see a new adjacency row beside the old date row: readers check
 * the lengths, see {@link #sinceRow}); the pair facts ({@link PairStates}) change with invitations and
 * dismissals.
 */
public final class MemberGraph {

    final String[] ids;
    final Map<String, Integer> index;
    final String[] names;
    final int[][] adjacency;
    /** Per adjacency entry, the day the connection was made (epoch day, UTC), or {@link #UNKNOWN_DAY}. */
    final int[][] since;
    /**
     * True when the connection dates say something: more than half of the dated connections are not from one
     * single day. An edge-list import stamps every connection with the import time, which is no date at all.
     */
    final boolean dated;
    /** The newest connection day in the graph (ages are measured from it, so training and serving agree). */
    volatile int newestDay;

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

    /** The day of a connection whose {@code since} is missing. */
    static final int UNKNOWN_DAY = Integer.MIN_VALUE;

    /** Per member, the invitation facts and dismissals that hide others from their suggestions. */
    final PairStates pairs = new PairStates();

    /** Per member, how often and when each candidate was shown. */
    final ImpressionCounts impressions = new ImpressionCounts();

    /** ln of each interest's homophily lift on these connections, computed on first use (kept until a rebuild). */
    private volatile double[] interestLift;

    /**
     * ln(1 + degree) per member, kept beside the rows ({@link ConnectionRows} updates it with them): stage 1 reads it
     * for every member it reaches, and through the row it cost two dependent cache misses (the row reference, then
     * the row's length) plus a lookup in {@link Log1p}'s table.
     */
    final double[] logDegree;

    /** Each member's position in the order of the ids: ties between equal scores go to the smaller id by an int compare. */
    private volatile int[] idRank;

    MemberGraph(String[] ids, Map<String, Integer> index, String[] names, int[][] adjacency, int[][] since,
            int[][] interests, String[] interestKeys, String[] interestNames, Map<String, Integer> interestIndex,
            int[][] organizations, String[] organizationIds, String[] organizationNames, boolean[] organizationIsSchool,
            Map<String, Integer> organizationIndex, int[] place, String[] placeIds, String[] placeNames,
            Map<String, Integer> placeIndex) {
        this.ids = ids;
        this.index = index;
        this.names = names;
        this.adjacency = adjacency;
        this.logDegree = new double[ids.length];
        for (int m = 0; m < ids.length; m++) {
            logDegree[m] = Log1p.of(adjacency[m].length);
        }
        this.since = since;
        this.newestDay = newest(since);
        this.dated = dated(since);
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

    /** ln lift per interest ({@link InterestLift}); computed once per graph, so a training split's is its own. */
    double[] interestLift() {
        double[] lift = interestLift;
        return lift != null ? lift : (interestLift = InterestLift.of(this));
    }

    /** Inverse document frequency of an organisation (a big employer says less than a small one). */
    double organizationIdf(int organization) {
        return Math.log((double) ids.length / Math.max(1, organizationMembers[organization].length));
    }

    /**
     * The dates of {@code member}'s connections, parallel to its adjacency row, or null when the two rows are
     * being swapped by a connection event right now (the caller then treats the dates as unknown).
     */
    int[] sinceRow(int member, int[] adjacencyRow) {
        int[] row = since[member];
        return row.length == adjacencyRow.length ? row : null;
    }

    /** A copy sharing everything but the connections (the ranker's training graph hides some of them). */
    MemberGraph withConnections(int[][] adjacency, int[][] since) {
        MemberGraph copy = new MemberGraph(ids, index, names, adjacency, since, interests, interestKeys, interestNames,
                interestIndex, organizations, organizationIds, organizationNames, organizationIsSchool, organizationIndex, place,
                placeIds, placeNames, placeIndex);
        copy.idRank = idRanks();
        return copy;
    }

    /** {@link #idRank}: {@code idRanks()[a] < idRanks()[b]} exactly when {@code ids[a].compareTo(ids[b]) < 0}. */
    int[] idRanks() {
        int[] ranks = idRank;
        if (ranks == null) {
            Integer[] order = new Integer[ids.length];
            for (int m = 0; m < order.length; m++) {
                order[m] = m;
            }
            Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
            ranks = new int[ids.length];
            for (int r = 0; r < order.length; r++) {
                ranks[order[r]] = r;
            }
            idRank = ranks;
        }
        return ranks;
    }

    private static int newest(int[][] since) {
        int newest = UNKNOWN_DAY;
        for (int[] row : since) {
            for (int day : row) {
                newest = Math.max(newest, day);
            }
        }
        return newest;
    }

    private static boolean dated(int[][] since) {
        int first = Integer.MAX_VALUE;
        int last = UNKNOWN_DAY;
        for (int[] row : since) {
            for (int day : row) {
                if (day != UNKNOWN_DAY) {
                    first = Math.min(first, day);
                    last = Math.max(last, day);
                }
            }
        }
        if (last == UNKNOWN_DAY) {
            return false;
        }
        // Counting per day: real dates span decades at most (a few tens of thousands of days).
        int[] perDay = new int[(int) Math.min(Integer.MAX_VALUE - 8, (long) last - first + 1)];
        long known = 0;
        for (int[] row : since) {
            for (int day : row) {
                if (day != UNKNOWN_DAY && day - first < perDay.length) {
                    perDay[day - first]++;
                    known++;
                }
            }
        }
        int busiest = 0;
        for (int count : perDay) {
            busiest = Math.max(busiest, count);
        }
        return busiest * 2L < known;
    }

    /** Is {@code b} a neighbour of {@code a}? Binary search on the sorted row. */
    public boolean connected(int a, int b) {
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
