package app.rapport.member;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.ChangeLog;
import app.rapport.config.Cypher;

/** Reads and writes member profiles. */
@Service
public class MemberService {

    private final Neo4jClient neo4j;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChangeLog changes;

    MemberService(Neo4jClient neo4j, Clock clock, ApplicationEventPublisher events, ChangeLog changes) {
        this.changes = changes;
        this.neo4j = neo4j;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates or replaces a profile; true when it was created.
     *
     * @param admin the caller is an ADMIN, who may create shared organisations and places under ids of their choice;
     *              a member links to existing ones by id, and new ones get an id derived from kind and name
     */
    @Transactional
    boolean upsert(String id, MemberRequest request, boolean admin) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", id);
        member.put("firstName", request.firstName().strip());
        member.put("lastName", request.lastName().strip());
        member.put("headline", blankToNull(request.headline()));
        member.put("industry", blankToNull(request.industry()));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("member", member);
        params.put("now", ZonedDateTime.now(clock).toString());
        params.put("admin", admin);
        params.put("interests", interests(request.interestsOrEmpty()));
        params.put("employers", request.employersOrEmpty().stream().map(e -> {
            Map<String, Object> m = orgParams(e.id(), "company", e.name());
            m.put("from", e.from());
            m.put("to", e.to());
            return m;
        }).toList());
        params.put("schools", request.schoolsOrEmpty().stream().map(s -> {
            Map<String, Object> m = orgParams(s.id(), "school", s.name());
            m.put("classYear", s.classYear());
            return m;
        }).toList());
        params.put("city", request.city() == null ? null : orgParams(request.city().id(), "city", request.city().name()));
        publishAfterCommit(params);
        return neo4j.query(Cypher.query("member-upsert")).bindAll(params)
                .fetchAs(Boolean.class).mappedBy((t, r) -> r.get("created").asBoolean())
                .one().orElse(false);
    }

    /**
     * The change for the other instances' feed, in this transaction, and {@link ProfileWritten} once it commits
     * (on this thread, so before the answer leaves).
     */
    @SuppressWarnings("unchecked")
    private void publishAfterCommit(Map<String, Object> params) {
        Map<String, Object> member = (Map<String, Object>) params.get("member");
        List<String> organizations = new ArrayList<>();
        for (String kind : List.of("employers", "schools")) {
            ((List<Map<String, Object>>) params.get(kind)).forEach(o -> organizations.add((String) o.get("id")));
        }
        Map<String, Object> city = (Map<String, Object>) params.get("city");
        ProfileWritten written = new ProfileWritten((String) member.get("id"),
                (member.get("firstName") + " " + member.get("lastName")).strip(),
                ((List<Map<String, Object>>) params.get("interests")).stream().map(i -> (String) i.get("key")).toList(),
                List.copyOf(organizations), city == null ? null : (String) city.get("id"));
        Map<String, Object> change = new HashMap<>();
        change.put("a", written.id());
        change.put("name", written.name());
        change.put("interests", written.interestKeys());
        change.put("organizations", written.organizationIds());
        change.put("place", written.placeId());
        change.put("at", ZonedDateTime.now(clock));
        changes.append("profile", change);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(written);
            }
        });
    }

    @Transactional(readOnly = true)
    Optional<MemberProfile> find(String id) {
        return neo4j.query(Cypher.query("member-get")).bind(id).to("id")
                .fetchAs(MemberProfile.class).mappedBy((t, r) -> new MemberProfile(
                        r.get("id").asString(),
                        r.get("firstName").asString(null),
                        r.get("lastName").asString(null),
                        r.get("headline").asString(null),
                        r.get("industry").asString(null),
                        r.get("interests").asList(Value::asString),
                        r.get("employers").asList(v -> new MemberProfile.Employment(v.get("id").asString(),
                                v.get("name").asString(null), intOrNull(v.get("from")), intOrNull(v.get("to")))),
                        r.get("schools").asList(v -> new MemberProfile.Education(v.get("id").asString(),
                                v.get("name").asString(null), intOrNull(v.get("classYear")))),
                        r.get("city").isNull() ? null
                                : new MemberProfile.City(r.get("city").get("id").asString(), r.get("city").get("name").asString(null)),
                        r.get("createdAt").isNull() ? null : r.get("createdAt").asZonedDateTime().toInstant()))
                .one();
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return neo4j.query("MATCH (m:Member {id: $id}) RETURN count(m) > 0 AS found").bind(id).to("id")
                .fetchAs(Boolean.class).mappedBy((t, r) -> r.get("found").asBoolean()).one().orElse(false);
    }

    /** Interests deduplicated by key, first spelling wins. */
    static List<Map<String, Object>> interests(List<String> names) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (String name : names) {
            String key = Interests.key(name);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, Map.of("key", key, "name", Interests.displayName(name)));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static Map<String, Object> orgParams(String id, String kind, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        String derived = kind + ":" + Interests.key(name);
        m.put("id", id != null ? id : derived);
        m.put("derivedId", derived);
        m.put("name", name.strip());
        return m;
    }

    private static Integer intOrNull(Value v) {
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
