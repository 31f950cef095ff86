package app.rapport.suggestion;

/**
 * Published after every build of the in-memory suggestion graph (at start, on each resync): from then on,
 * suggestions answer from a graph of this size.
 *
 * @param members     members in the graph
 * @param connections connections in the graph
 */
public record SuggestionGraphBuilt(int members, long connections) {
}
