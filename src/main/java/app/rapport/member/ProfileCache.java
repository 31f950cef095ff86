package app.rapport.member;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.rapport.config.RequestBookmarks;

/**
 * Profiles served from memory: the profile GET was one Bolt round trip to the database for a record that rarely
 * changes, and the Bolt server's work was more than half of its CPU (README, "Where a request's time goes").
 * <p>
 * Kept current the way the suggestion graph is: this instance's own profile writes drop the entry once they
 * commit, before their 2xx ({@link ProfileWritten}); other instances' writes drop it when the change feed brings
 * them ({@link ProfileChangedElsewhere}, within {@code feed-interval}); anything no change record announces (a bulk
 * import) is seen at the next full rebuild of the suggestion graph, or after {@code time-to-live} at most. A load that may have read a profile from before a write (a drop
 * happened since it began) does not keep what it read ({@link #load}). Absent members are not remembered (a created
 * member is found at once).
 * <p>
 * A request carrying {@value RequestBookmarks#HEADER} asks to see a write made elsewhere: it reads Neo4j (after the
 * database has caught up with the bookmark) and refreshes the entry.
 */
@Component
class ProfileCache {

    private final MemberService members;
    private final Cache<String, MemberProfile> profiles;
    /** Drops so far (see {@link #load}). */
    private final AtomicLong drops = new AtomicLong();

    ProfileCache(MemberService members, ProfileCacheSettings settings) {
        this.members = members;
        this.profiles = Caffeine.newBuilder().maximumSize(settings.maximumSize()).expireAfterWrite(settings.timeToLive()).build();
    }

    Optional<MemberProfile> find(String id) {
        if (RequestBookmarks.sentWithRequest()) {
            Optional<MemberProfile> read = members.find(id);
            profiles.invalidate(id);   // not put: a write committing meanwhile may have dropped it already
            return read;
        }
        MemberProfile kept = profiles.getIfPresent(id);
        return kept != null ? Optional.of(kept) : load(id);
    }

    /**
     * Reads Neo4j and keeps the profile unless a drop happened since the read began. A drop counts first and removes
     * second; a load reads the count, reads Neo4j, puts, then reads the count again: a drop whose count it missed
     * removes after the put, and one whose count it saw has the load remove its own put.
     */
    private Optional<MemberProfile> load(String id) {
        long before = drops.get();
        Optional<MemberProfile> read = members.find(id);
        read.ifPresent(profile -> {
            profiles.put(id, profile);
            if (drops.get() != before) {
                profiles.invalidate(id);
            }
        });
        return read;
    }

    @EventListener
    void on(ProfileWritten written) {
        drops.incrementAndGet();
        profiles.invalidate(written.id());
    }

    @EventListener
    void on(ProfileChangedElsewhere changed) {
        drops.incrementAndGet();
        if (changed.id() == null) {
            profiles.invalidateAll();
        } else {
            profiles.invalidate(changed.id());
        }
    }
}
