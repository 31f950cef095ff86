package app.rapport.analytics;

import java.util.Random;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeIntArray;

/**
 * Communities by the Leiden algorithm (Traag, Waltman and van Eck 2019) with its authors' reference
 * implementation, optimising modularity. Label propagation, used before, never split a connected
 * component of the demo graph (modularity 0.000); Leiden guarantees well-connected communities and finds
 * the denser groups inside a component.
 */
final class LeidenCommunities {

    /** As in the reference command line tool's defaults: 10 iterations, randomness 0.01. */
    static final int ITERATIONS = 10;
    static final double RANDOMNESS = 0.01;

    /**
     * @param cluster    each node's community, numbered by size (0 = the largest)
     * @param count      how many communities (an isolated node is a community of one)
     * @param modularity the partition's modularity (null without edges)
     */
    record Result(int[] cluster, int count, Double modularity) {

        int[] sizes() {
            int[] sizes = new int[count];
            for (int c : cluster) {
                sizes[c]++;
            }
            return sizes;
        }
    }

    private LeidenCommunities() {
    }

    /**
     * @param nodes how many nodes (0..nodes-1)
     * @param from  one end of each undirected edge (each edge once, no self-loops)
     * @param to    the other end
     * @param seed  the random seed: the same graph and seed give the same communities
     */
    static Result detect(int nodes, int[] from, int[] to, long seed) {
        if (nodes == 0) {
            return new Result(new int[0], 0, null);
        }
        // Node weights = degrees and resolution 1/2m turn the library's CPM quality (which it divides by 2m)
        // into modularity, exactly as its RunNetworkClustering does for "--quality-function Modularity".
        Network network = new Network(nodes, true, new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)},
                false, false);
        double twiceEdgeWeight = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
        Clustering clustering = new Clustering(nodes);
        if (twiceEdgeWeight == 0) {
            return new Result(clustering.getClusters(), clustering.getNClusters(), null);
        }
        LeidenAlgorithm leiden = new LeidenAlgorithm(1 / twiceEdgeWeight, ITERATIONS, RANDOMNESS, new Random(seed));
        leiden.improveClustering(network, clustering);
        double modularity = leiden.calcQuality(network, clustering);
        clustering.orderClustersByNNodes();
        return new Result(clustering.getClusters(), clustering.getNClusters(), modularity);
    }
}
