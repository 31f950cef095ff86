package app.rapport.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * The name an interest gets: the first spelling of its key in the input ("Graph_databases" before
 * "graph databases" makes "Graph databases"). Decided while reading, in file order, so rows written by
 * parallel transactions in any order (and the offline store) all carry the same name.
 */
final class InterestNames {

    private final Map<String, String> first = new HashMap<>();

    String nameOf(String key, String spelling) {
        return first.computeIfAbsent(key, k -> spelling);
    }
}
