package app.rapport.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.neo4j.batchimport.api.input.InputEntityVisitor;

/**
 * The initial path's sink: the graph the rows describe, held in memory with exactly the semantics of
 * each import statement in {@code cypher/queries/} (MERGE by business id, {@code ON CREATE SET} keeps the
 * first value, {@code SET} the last, {@code MATCH} drops rows whose nodes do not exist yet, one
 * {@code CONNECTED_TO} per pair in the direction first seen), so the store {@link StoreBuilder} writes from
 * it is the graph the incremental path would have built. Node ids are dense, in creation order.
 */
final class StoreGraph implements RowSink, StoreContent {

    /** One node: its id in the new store, label and properties. */
    record Node(int id, String label, Map<String, Object> properties) {
    }

    /** The relationships of one type: start and end node ids, and its one property (if any) per relationship. */
    static final class Relationships {
        final String type;
        final String property;
        final boolean undirected;
        final IntArrayList start = new IntArrayList();
        final IntArrayList end = new IntArrayList();
        final List<Object> values = new ArrayList<>();
        private final LongIntHashMap index = new LongIntHashMap();

        Relationships(String type, String property, boolean undirected) {
            this.type = type;
            this.property = property;
            this.undirected = undirected;
        }

        int size() {
            return start.size();
        }

        /** MERGE: the existing relationship's index, or a new one's (with {@code value} set on create). */
        private void merge(Node a, Node b, Object value, boolean overwrite) {
            long key = undirected ? pairKey(Math.min(a.id(), b.id()), Math.max(a.id(), b.id())) : pairKey(a.id(), b.id());
            int existing = index.getIfAbsent(key, -1);
            if (existing >= 0) {
                if (overwrite && property != null) {
                    values.set(existing, value);
                }
                return;
            }
            index.put(key, start.size());
            start.add(a.id());
            end.add(b.id());
            if (property != null) {
                values.add(value);
            }
        }

        private static long pairKey(int a, int b) {
            return ((long) a << 32) | (b & 0xFFFF_FFFFL);
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Map<String, Node>> byLabel = new HashMap<>();
    final Relationships connections = new Relationships("CONNECTED_TO", "since", true);
    final Relationships interestLinks = new Relationships("INTERESTED_IN", null, false);
    final Relationships livesIn = new Relationships("LIVES_IN", null, false);
    final Relationships worksAt = new Relationships("WORKS_AT", "from", false);
    final Relationships studiedAt = new Relationships("STUDIED_AT", "classYear", false);
    final Relationships partOf = new Relationships("PART_OF", null, false);

    List<Node> nodes() {
        return nodes;
    }

    List<Relationships> relationships() {
        return List.of(connections, interestLinks, livesIn, worksAt, studiedAt, partOf);
    }

    @Override
    public long nodeCount() {
        return nodes.size();
    }

    @Override
    public long relationshipCount() {
        return relationships().stream().mapToLong(Relationships::size).sum();
    }

    @Override
    public long nodePropertyCount() {
        return nodes.stream().mapToLong(n -> n.properties().size()).sum();
    }

    @Override
    public long relationshipPropertyCount() {
        return relationships().stream().filter(r -> r.property != null).mapToLong(Relationships::size).sum();
    }

    @Override
    public void node(long index, InputEntityVisitor visitor) {
        Node node = nodes.get((int) index);
        visitor.labels(new String[] {node.label()});
        for (Map.Entry<String, Object> p : node.properties().entrySet()) {
            visitor.property(p.getKey(), p.getValue());
        }
    }

    @Override
    public void relationship(long index, InputEntityVisitor visitor) {
        long i = index;
        Relationships rels = connections;
        for (Relationships r : relationships()) {
            rels = r;
            if (i < r.size()) {
                break;
            }
            i -= r.size();
        }
        int at = (int) i;
        visitor.startId(rels.start.get(at));
        visitor.endId(rels.end.get(at));
        visitor.type(rels.type);
        if (rels.property != null && rels.values.get(at) != null) {
            visitor.property(rels.property, rels.values.get(at));
        }
    }

    @Override
    public RowWriter open(String statement, ImportReport report, Progress progress) {
        Consumer<Map<String, Object>> apply = switch (statement) {
            case "import-places" -> row -> set(merge("Place", "id", row.get("id"), null), row, "name", "kind");
            case "import-organizations" -> row -> set(merge("Organization", "id", row.get("id"), null), row, "name", "kind");
            case "import-place-parts" -> row -> link(partOf, "Place", row.get("a"), "Place", row.get("b"), null, false);
            case "import-members" -> this::member;
            case "import-lives-in" -> row -> link(livesIn, "Member", row.get("member"), "Place", row.get("place"), null, false);
            case "import-works-at" -> row -> link(worksAt, "Member", row.get("member"), "Organization", row.get("org"),
                    asLong(row.get("from")), true);
            case "import-studied-at" -> row -> link(studiedAt, "Member", row.get("member"), "Organization", row.get("org"),
                    asLong(row.get("classYear")), true);
            case "import-interests" -> this::interest;
            case "import-connections" -> row -> link(connections, "Member", row.get("a"), "Member", row.get("b"), row.get("since"), false);
            default -> throw new IllegalArgumentException("No offline form of " + statement);
        };
        return new RowWriter() {
            private long pending;

            @Override
            public void add(Map<String, Object> row) {
                apply.accept(row);
                // Progress in steps: a bar update per row would cost more than the row itself.
                if (++pending == 4096) {
                    close();
                }
            }

            @Override
            public void close() {
                report.imported(pending);
                progress.step(pending);
                pending = 0;
            }
        };
    }

    /** import-members: MERGE by id, createdAt on create, names where the row has them. */
    private void member(Map<String, Object> row) {
        Node m = merge("Member", "id", row.get("id"), row.get("createdAt"));
        for (String name : List.of("firstName", "lastName")) {
            if (row.get(name) != null) {
                m.properties().put(name, row.get(name));
            }
        }
    }

    /** import-interests: MERGE the member (createdAt on create), the interest (name on create) and the link. */
    private void interest(Map<String, Object> row) {
        Node m = merge("Member", "id", row.get("member"), row.get("createdAt"));
        Node i = find("Interest", row.get("key"));
        if (i == null) {
            i = merge("Interest", "key", row.get("key"), null);
            i.properties().put("name", row.get("name"));
        }
        interestLinks.merge(m, i, null, false);
    }

    private void link(Relationships rels, String fromLabel, Object from, String toLabel, Object to, Object value, boolean overwrite) {
        Node a = find(fromLabel, from);
        Node b = find(toLabel, to);
        if (a != null && b != null) {
            rels.merge(a, b, value, overwrite);
        }
    }

    private Node find(String label, Object id) {
        Map<String, Node> nodesOf = byLabel.get(label);
        return nodesOf == null ? null : nodesOf.get((String) id);
    }

    private Node merge(String label, String idKey, Object id, Object createdAt) {
        Map<String, Node> nodesOf = byLabel.computeIfAbsent(label, l -> new HashMap<>());
        Node node = nodesOf.get((String) id);
        if (node == null) {
            Map<String, Object> properties = new LinkedHashMap<>(4);
            properties.put(idKey, id);
            if (createdAt != null) {
                properties.put("createdAt", createdAt);
            }
            node = new Node(nodes.size(), label, properties);
            nodes.add(node);
            nodesOf.put((String) id, node);
        }
        return node;
    }

    private static void set(Node node, Map<String, Object> row, String... keys) {
        for (String key : keys) {
            if (row.get(key) == null) {
                node.properties().remove(key);
            } else {
                node.properties().put(key, row.get(key));
            }
        }
    }

    /** Cypher stores every integer as a 64-bit INTEGER; the store gets the same type. */
    private static Object asLong(Object value) {
        return value instanceof Integer i ? Long.valueOf(i) : value;
    }
}
