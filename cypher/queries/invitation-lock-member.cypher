// Takes this transaction's write lock on one member (held until commit), so every write about a pair
// runs one at a time: callers lock both members in id order to avoid deadlocks. Setting and removing a
// property leaves the node unchanged but the lock stays. $id. No row = unknown member.
MATCH (m:Member {id: $id})
SET m._lock = true
REMOVE m._lock
RETURN m.id AS id
