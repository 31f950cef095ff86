package app.rapport.importer;

import java.util.concurrent.CompletableFuture;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.values.storable.DateTimeValue;
import org.neo4j.values.storable.Value;

/**
 * The store an edge list describes, with the semantics of the incremental path's MERGE statements: one
 * {@code Member {id, createdAt}} per id, one {@code Interest {key, name}} per key, one {@code CONNECTED_TO
 * {since}} per pair of members in the direction first seen (a later {@code b,a} or repeated {@code a,b} adds
 * nothing), one {@code INTERESTED_IN} per member and interest. Members are nodes {@code 0..m-1}, interests
 * follow.
 */
final class EdgeStore implements StoreContent {

    private static final String[] MEMBER = {"Member"};
    private static final String[] INTEREST = {"Interest"};

    private final String[] members;
    private final String[] keys;
    private final String[] names;
    private final Value now;
    private final IntArrayList from = new IntArrayList();
    private final IntArrayList to = new IntArrayList();
    private final IntArrayList linkMember = new IntArrayList();
    private final IntArrayList linkInterest = new IntArrayList();

    EdgeStore(EdgeData data) {
        this.members = data.members.all();
        this.keys = data.interestKeys.toArray(String[]::new);
        this.names = data.interestNames.toArray(String[]::new);
        this.now = DateTimeValue.datetime(data.now);
        // The two de-duplications are independent: the interest links' on a second core (5M pairs and 2.75M
        // links: about a second on one).
        CompletableFuture<Void> links = CompletableFuture.runAsync(() -> distinctLinks(data));
        LongArrayList pairs = data.distinctPairs();
        for (int i = 0; i < pairs.size(); i++) {
            from.add(EdgeData.first(pairs.get(i)));
            to.add(EdgeData.second(pairs.get(i)));
        }
        links.join();
    }

    private void distinctLinks(EdgeData data) {
        if (data.interestMember == null) {
            return;
        }
        LongHashSet links = new LongHashSet(data.interestMember.size());
        for (int i = 0; i < data.interestMember.size(); i++) {
            int m = data.interestMember.get(i);
            int interest = data.interest.get(i);
            if (links.add(EdgeData.pack(m, interest))) {
                linkMember.add(m);
                linkInterest.add(members.length + interest);
            }
        }
    }

    @Override
    public long nodeCount() {
        return members.length + keys.length;
    }

    @Override
    public long relationshipCount() {
        return from.size() + linkMember.size();
    }

    @Override
    public long nodePropertyCount() {
        return 2L * nodeCount();
    }

    @Override
    public long relationshipPropertyCount() {
        return from.size();
    }

    @Override
    public void node(long index, InputEntityVisitor visitor) {
        int i = (int) index;
        if (i < members.length) {
            visitor.labels(MEMBER);
            visitor.property("id", members[i]);
            visitor.property("createdAt", now);
        } else {
            visitor.labels(INTEREST);
            visitor.property("key", keys[i - members.length]);
            visitor.property("name", names[i - members.length]);
        }
    }

    @Override
    public void relationship(long index, InputEntityVisitor visitor) {
        int i = (int) index;
        if (i < from.size()) {
            visitor.startId(from.get(i));
            visitor.endId(to.get(i));
            visitor.type("CONNECTED_TO");
            visitor.property("since", now);
        } else {
            i -= from.size();
            visitor.startId(linkMember.get(i));
            visitor.endId(linkInterest.get(i));
            visitor.type("INTERESTED_IN");
        }
    }
}
