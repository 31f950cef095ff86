package app.rapport.suggestion;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import app.rapport.invitation.InvitationChanged;
import app.rapport.invitation.ReasonCode;
import app.rapport.member.ProfileWritten;
import app.rapport.network.ConnectionCreated;
import app.rapport.network.ConnectionRemoved;

/**
 * Applies one committed change to a {@link MemberGraph} in place: rows are replaced copy-on-write (readers see
 * the old row or the new one, never a half-written one). Every change is idempotent, so the same change may be
 * applied to the graph in use and replayed onto one loaded meanwhile.
 */
final class GraphChanges {

    /** "Not interested", as committed by {@link ViewerStore#dismiss}. */
    record Dismissed(String member, String other) {
    }

    /** One suggestion in a list this instance served ({@link Impressions}); replayed onto a graph built meanwhile. */
    record Shown(String member, String candidate, java.time.Instant at, int rank, List<ReasonCode> reasons) {
    }

    private GraphChanges() {
    }

    /** False when the change names a member the numbered graph does not know (only a rebuild adds one). */
    static boolean apply(MemberGraph g, Object change) {
        if (change instanceof ConnectionCreated c) {
            int day = c.at() == null ? MemberGraph.UNKNOWN_DAY : MemberGraphLoader.epochDay(c.at().getEpochSecond());
            return connect(g, c.memberA(), c.memberB(), true, day);
        }
        if (change instanceof ConnectionRemoved r) {
            return connect(g, r.memberA(), r.memberB(), false, MemberGraph.UNKNOWN_DAY);
        }
        if (change instanceof InvitationChanged i) {
            g.pairs.invitation(i.from(), i.to(), i.status(), i.at());
        } else if (change instanceof Dismissed d) {
            g.pairs.dismissed(d.member(), d.other());
        } else if (change instanceof ProfileWritten p) {
            return profile(g, p);
        } else if (change instanceof Shown v) {
            g.impressions.shown(v.member(), v.candidate(), v.at(), v.rank(), v.reasons());
        }
        return true;
    }

    /** Adjacency and date rows together ({@link ConnectionRows}); a dated connection may move the newest day. */
    private static boolean connect(MemberGraph g, String a, String b, boolean add, int day) {
        int x = g.indexOf(a);
        int y = g.indexOf(b);
        if (x < 0 || y < 0) {
            return false;
        }
        if (add) {
            ConnectionRows.connect(g, x, y, day);
            ConnectionRows.connect(g, y, x, day);
            if (day != MemberGraph.UNKNOWN_DAY && day > g.newestDay) {
                g.newestDay = day;
            }
        } else {
            ConnectionRows.disconnect(g, x, y);
            ConnectionRows.disconnect(g, y, x);
        }
        return true;
    }

    /**
     * The member's name, interests, organisations and place, with the inverted lists and the interest norm.
     * Keys the graph has never seen (a brand-new interest) wait for the next rebuild.
     */
    private static boolean profile(MemberGraph g, ProfileWritten p) {
        int m = g.indexOf(p.id());
        if (m < 0) {
            return false;
        }
        if (!p.name().isBlank()) {
            g.names[m] = p.name();
        }
        int[] interests = indices(p.interestKeys(), g.interestIndex);
        relink(g.interestMembers, g.interests[m], interests, m);
        g.interests[m] = interests;
        int[] organizations = indices(p.organizationIds(), g.organizationIndex);
        relink(g.organizationMembers, g.organizations[m], organizations, m);
        g.organizations[m] = organizations;
        Integer place = p.placeId() == null ? null : g.placeIndex.get(p.placeId());
        g.place[m] = place == null ? -1 : place;
        g.interestNorm[m] = g.norm(interests);
        return true;
    }

    private static int[] indices(List<String> keys, Map<String, Integer> index) {
        return MemberGraphBuilder.sortedDistinct(keys.stream().map(index::get).filter(i -> i != null)
                .mapToInt(Integer::intValue).toArray());
    }

    /** Moves member {@code m} between inverted lists: out of those it left, into those it joined. */
    private static void relink(int[][] lists, int[] before, int[] after, int m) {
        for (int item : before) {
            if (Arrays.binarySearch(after, item) < 0) {
                lists[item] = without(lists[item], m);
            }
        }
        for (int item : after) {
            lists[item] = with(lists[item], m);
        }
    }

    static int[] with(int[] row, int v) {
        int at = Arrays.binarySearch(row, v);
        if (at >= 0) {
            return row;
        }
        int insert = -at - 1;
        int[] copy = new int[row.length + 1];
        System.arraycopy(row, 0, copy, 0, insert);
        copy[insert] = v;
        System.arraycopy(row, insert, copy, insert + 1, row.length - insert);
        return copy;
    }

    static int[] without(int[] row, int v) {
        int at = Arrays.binarySearch(row, v);
        if (at < 0) {
            return row;
        }
        int[] copy = new int[row.length - 1];
        System.arraycopy(row, 0, copy, 0, at);
        System.arraycopy(row, at + 1, copy, at, row.length - at - 1);
        return copy;
    }
}
