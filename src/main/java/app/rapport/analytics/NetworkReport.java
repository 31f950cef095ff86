package app.rapport.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/analytics/network}: the network as of the end of the window (members who joined and
 * connections made before it; undated ones count as always there), with its growth over the window.
 *
 * @param window              the days covered: growth is shown from {@code from}; structure is as of {@code to}
 * @param interval            the growth series' bucket: day, week or month
 * @param members             members in the snapshot
 * @param connections         connections in the snapshot
 * @param growth              cumulative members and connections at the end of each bucket that had a change
 * @param averageDegree       2 × connections / members (null without members)
 * @param degreeDistribution  how many members have each degree
 * @param averageClusteringCoefficient mean local clustering coefficient (members with degree < 2 count as 0)
 * @param globalClusteringCoefficient  3 × triangles / connected triples
 * @param components          connected components
 * @param communities         label-propagation communities (seeded) with their modularity
 * @param topConnectors       the members with the highest PageRank, with their degree
 * @param computedAt          when this snapshot was computed (results are cached for a short time)
 * @param computeMillis       how long computing it took
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NetworkReport(AnalyticsWindow window, String interval, long members, long connections, List<GrowthPoint> growth,
        Double averageDegree, List<DegreeCount> degreeDistribution, double averageClusteringCoefficient,
        double globalClusteringCoefficient, Components components, Communities communities, List<Connector> topConnectors,
        Instant computedAt, long computeMillis) implements CsvTable.Windowed {

    /** Totals at the end of a bucket (labelled by its first day). */
    public record GrowthPoint(String period, long members, long connections) {
    }

    public record DegreeCount(int degree, long members) {
    }

    /**
     * @param count    how many components
     * @param largest  members in the largest
     * @param isolated members without any connection (components of one)
     * @param sizes    the sizes of the largest components, largest first (at most 10)
     */
    public record Components(int count, int largest, int isolated, List<Integer> sizes) {
    }

    /**
     * @param algorithm  the community detection used
     * @param count      how many communities (isolated members are communities of one)
     * @param modularity the partition's modularity (null without connections)
     * @param largest    the largest communities (at most 10)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Communities(String algorithm, int count, Double modularity, List<Community> largest) {
    }

    /** A community: its size and its best-connected members (at most 3) as a readable label. */
    public record Community(int rank, int size, List<String> topMembers) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Connector(String id, String name, int degree, double pageRank) {
    }

    @Override
    public List<String> columns() {
        return List.of("section", "key", "value", "value2");
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        add(rows, "summary", "members", members, null);
        add(rows, "summary", "connections", connections, null);
        add(rows, "summary", "averageDegree", averageDegree, null);
        add(rows, "summary", "averageClusteringCoefficient", averageClusteringCoefficient, null);
        add(rows, "summary", "globalClusteringCoefficient", globalClusteringCoefficient, null);
        add(rows, "summary", "components", components.count(), null);
        add(rows, "summary", "largestComponent", components.largest(), null);
        add(rows, "summary", "isolatedMembers", components.isolated(), null);
        add(rows, "summary", "communities", communities.count(), null);
        add(rows, "summary", "modularity", communities.modularity(), null);
        growth.forEach(g -> add(rows, "growth", g.period(), g.members(), g.connections()));
        degreeDistribution.forEach(d -> add(rows, "degree", d.degree(), d.members(), null));
        communities.largest().forEach(c -> add(rows, "community", c.rank(), c.size(), String.join("; ", c.topMembers())));
        topConnectors.forEach(c -> add(rows, "connector", c.id(), c.pageRank(), c.degree()));
        return rows;
    }

    private void add(List<List<Object>> rows, String section, Object key, Object value, Object value2) {
        rows.add(Arrays.asList(section, key, value, value2));
    }
}
