/**
 * Events about the connection graph that other features react to (e.g. the suggestion engine keeps its
 * in-memory adjacency fresh). The graph itself stays the source of truth.
 */
package app.rapport.network;
