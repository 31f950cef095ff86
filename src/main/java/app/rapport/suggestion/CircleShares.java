package app.rapport.suggestion;

/**
 * Per thread: the share of the viewer's connections holding each interest, organisation and place
 * ("does u's circle follow this?"), generation-stamped so nothing is cleared between requests.
 */
final class CircleShares {

    private int generation;
    private int[] interestSeen = new int[0];
    private double[] interest = new double[0];
    private int[] organizationSeen = new int[0];
    private double[] organization = new double[0];
    private int[] placeSeen = new int[0];
    private double[] place = new double[0];

    CircleShares of(MemberGraph g, int[] friends) {
        if (interestSeen.length < g.interestKeys.length || organizationSeen.length < g.organizationIds.length
                || placeSeen.length < g.placeIds.length || generation == Integer.MAX_VALUE) {
            interestSeen = new int[g.interestKeys.length + 64];
            interest = new double[interestSeen.length];
            organizationSeen = new int[g.organizationIds.length + 64];
            organization = new double[organizationSeen.length];
            placeSeen = new int[g.placeIds.length + 64];
            place = new double[placeSeen.length];
            generation = 0;
        }
        generation++;
        double w = friends.length == 0 ? 0 : 1.0 / friends.length;
        for (int f : friends) {
            for (int i : g.interests[f]) {
                add(interestSeen, interest, i, w);
            }
            for (int o : g.organizations[f]) {
                add(organizationSeen, organization, o, w);
            }
            if (g.place[f] >= 0) {
                add(placeSeen, place, g.place[f], w);
            }
        }
        return this;
    }

    private void add(int[] seen, double[] share, int item, double w) {
        if (seen[item] != generation) {
            seen[item] = generation;
            share[item] = 0;
        }
        share[item] += w;
    }

    double interest(int i) {
        return interestSeen[i] == generation ? interest[i] : 0;
    }

    double organization(int o) {
        return organizationSeen[o] == generation ? organization[o] : 0;
    }

    double place(int p) {
        return placeSeen[p] == generation ? place[p] : 0;
    }
}
