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
 * @param communities         Leiden communities (seeded) with their modularity
 * @param topConnectors       the members with the highest PageRank, with their degree
 * @param computedAt          when this snapshot was computed (in the background; see {@link NetworkMetrics})
 * @param computeMillis       how long computing it took
 * @param state               {@code ready} (while the first report of a window is computed the answer is a
 *                            {@link NetworkComputing} instead)
 * @param ageSeconds          how old the report was when served (whole seconds since {@code computedAt})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NetworkReport(AnalyticsWindow window, String interval, long members, long connections, List<GrowthPoint> growth,
        Double averageDegree, List<DegreeCount> degreeDistribution, double averageClusteringCoefficient,
        double globalClusteringCoefficient, Components components, Communities communities, List<Connector> topConnectors,
        Instant computedAt, long computeMillis, String state, long ageSeconds) implements CsvTable.Windowed {

    /** The same report, aged as of {@code now}. */
    NetworkReport withAge(Instant now) {
        long age = Math.max(0, java.time.Duration.between(computedAt, now).toSeconds());
        return new NetworkReport(window, interval, members, connections, growth, averageDegree, degreeDistribution,
                averageClusteringCoefficient, globalClusteringCoefficient, components, communities, topConnectors,
                computedAt, computeMillis, state, age);
    }

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
     * @param centrality how {@link Community#topMembers()} are ranked
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Communities(String algorithm, int count, Double modularity, List<Community> largest, String centrality) {
    }

    /**
     * A community: its size, its most central members (at most 3, by degree within the community) as readable
     * labels, and the interests and organisations most of its members share (at most 3 each, with how many).
     */
    public record Community(int rank, int size, List<String> topMembers, List<Label> topInterests,
            List<Label> topOrganizations) {
    }

    /** A label (interest or organisation) and how many members of the community have it. */
    public record Label(String name, long members) {
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
        add(rows, "summary", "computedAt", computedAt, null);
        add(rows, "summary", "ageSeconds", ageSeconds, null);
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
        communities.largest().forEach(c -> add(rows, "communityInterests", c.rank(), c.size(), names(c.topInterests())));
        communities.largest().forEach(c -> add(rows, "communityOrganizations", c.rank(), c.size(), names(c.topOrganizations())));
        topConnectors.forEach(c -> add(rows, "connector", c.id(), c.pageRank(), c.degree()));
        return rows;
    }

    private static String names(List<Label> labels) {
        return String.join("; ", labels.stream().map(l -> l.name() + " (" + l.members() + ")").toList());
    }

    private void add(List<List<Object>> rows, String section, Object key, Object value, Object value2) {
        rows.add(Arrays.asList(section, key, value, value2));
    }
}
