package app.rapport.suggestion;

/**
 * Each interest's homophily on a graph's connections: how much more often two members who both hold it are
 * connected than two members taken at random. lift = (connections among its holders + 1) ÷ (the number expected
 * at the graph's density + 1), the +1 pulling interests with little evidence towards "no lift". The ranker sees
 * ln lift, so a shared interest that predicts connections (a dorm, a class year) weighs and one that does not (a
 * gender) does not, without knowing what the opaque interest keys mean. Computed on the graph it is asked of —
 * a training split's graph, which does not hold the connections hidden from it — in one pass over the
 * connections.
 */
final class InterestLift {

    private InterestLift() {
    }

    /** ln lift per interest id of {@code g}. */
    static double[] of(MemberGraph g) {
        int interests = g.interestKeys.length;
        long[] among = new long[interests];
        for (int a = 0; a < g.adjacency.length; a++) {
            int[] mine = g.interests[a];
            if (mine.length == 0) {
                continue;
            }
            for (int b : g.adjacency[a]) {
                if (b > a) {
                    countShared(mine, g.interests[b], among);
                }
            }
        }
        double n = g.size();
        double density = n < 2 ? 0 : g.connections() / (n * (n - 1) / 2);
        double[] lnLift = new double[interests];
        for (int i = 0; i < interests; i++) {
            double holders = g.interestMembers[i].length;
            double expected = density * holders * (holders - 1) / 2;
            lnLift[i] = Math.log((among[i] + 1) / (expected + 1));
        }
        return lnLift;
    }

    private static void countShared(int[] mine, int[] theirs, long[] among) {
        for (int i : mine) {
            if (java.util.Arrays.binarySearch(theirs, i) >= 0) {
                among[i]++;
            }
        }
    }
}
