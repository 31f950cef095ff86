package app.rapport.suggestion;

/**
 * The share of the viewer's connections holding each of the viewer's own interests and organisations, and the
 * viewer's place ("does u's circle follow this?"). A shared-item feature only ever asks about items the viewer
 * holds, so only those are counted: from the items' member lists, not by visiting every friend's profile (which
 * was a sixth of the features' time, in cache misses). A share is w = 1 / friends added once per friend holding
 * the item, in the same order of operations as ever, so the features keep their exact values.
 */
final class CircleShares {

    private final double[] interest;
    private final double[] organization;
    private final double place;

    private CircleShares(double[] interest, double[] organization, double place) {
        this.interest = interest;
        this.organization = organization;
        this.place = place;
    }

    static CircleShares of(MemberGraph g, Viewer.Resolved v) {
        int[] friends = v.friends();
        double w = friends.length == 0 ? 0 : 1.0 / friends.length;
        int inPlace = 0;
        if (v.place() >= 0) {
            for (int f : friends) {
                inPlace += g.place[f] == v.place() ? 1 : 0;
            }
        }
        return new CircleShares(shares(friends, v.interests(), g.interestMembers, w),
                shares(friends, v.organizations(), g.organizationMembers, w), repeat(w, inPlace));
    }

    private static double[] shares(int[] friends, int[] items, int[][] members, double w) {
        double[] out = new double[items.length];
        for (int k = 0; k < items.length; k++) {
            out[k] = repeat(w, SortedInts.common(friends, members[items[k]]));
        }
        return out;
    }

    /** w added n times from 0: the sum a friend-by-friend count makes, to the last bit. */
    private static double repeat(double w, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += w;
        }
        return sum;
    }

    /** The share for the viewer's {@code k}-th interest (in {@code v.interests()} order). */
    double interest(int k) {
        return interest[k];
    }

    /** The share for the viewer's {@code k}-th organisation. */
    double organization(int k) {
        return organization[k];
    }

    /** The share for the viewer's place (0 without one). */
    double place() {
        return place;
    }
}
