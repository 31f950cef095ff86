package app.rapport.importer;

import org.neo4j.batchimport.api.input.InputEntityVisitor;

/**
 * What {@link StoreBuilder} writes into a new store: nodes and relationships by index (a node's id in the
 * store is its index), with their counts known up front. Several importer threads visit different indexes
 * at once, so visiting must not change anything.
 */
interface StoreContent {

    long nodeCount();

    long relationshipCount();

    /** Node properties in all, for the importer's estimates. */
    long nodePropertyCount();

    /** Relationship properties in all, for the importer's estimates. */
    long relationshipPropertyCount();

    /** Gives node {@code index}'s labels and properties (not its id) to the visitor. */
    void node(long index, InputEntityVisitor visitor);

    /** Gives relationship {@code index}'s start, end, type and properties to the visitor. */
    void relationship(long index, InputEntityVisitor visitor);
}
