package app.rapport.member;

/**
 * Published when this instance learns that a profile changed through another instance (the change feed), so what
 * it keeps of profiles in memory ({@link ProfileCache}) is dropped.
 *
 * @param id the member whose profile changed; null when any profile may have changed (the feed lost track and the
 *           instance rebuilt)
 */
public record ProfileChangedElsewhere(String id) {
}
