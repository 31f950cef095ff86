/**
 * Rapport: "people you may know", invitations and network analytics on Neo4j. The architecture in brief;
 * {@code ModuleBoundariesTest} (Spring Modulith {@code verify()} plus two ArchUnit rules) keeps it true.
 *
 * <h2>Modules</h2>
 * Every direct subpackage is a module. Another module may use only the public types of its top-level
 * package; its subpackages (e.g. {@code analytics.dashboard}) are its own. No cycles.
 * <ul>
 *   <li>Features: {@code member} (profiles, id rules), {@code invitation} (the lifecycle and its rules, the
 *       "My Network" badge, connections), {@code suggestion} (the in-memory graph, {@code Scorer},
 *       {@code Explainer}, {@code Suggestions} — the one suggestion code path), {@code note} (note and
 *       welcome drafts), {@code analytics} (acceptance, funnel, network, reach, dashboard),
 *       {@code importer} (the one import path, demo data), {@code network} (connection events only),
 *       {@code experiment} (experiments with arms: definitions, stable assignment by hash).</li>
 *   <li>Shared infrastructure: {@code config} (embedded Neo4j, migrations, Cypher files, problem
 *       responses, bookmarks), {@code security} (JWT, roles, the local signing key).</li>
 *   <li>{@code tools}: the jar's entry point and every command, benchmark, evaluation, generator and
 *       simulation ({@code tools.cli}, {@code tools.bench}, {@code tools.evaluation},
 *       {@code tools.simulation}). Nothing in it is a Spring bean, so the serving application's context
 *       holds no tool.</li>
 * </ul>
 *
 * <h2>Who may call whom</h2>
 * <pre>
 * tools      → any module's public API (never the other way round)
 * importer   → suggestion (graph built event), member, security, config
 * suggestion → invitation (settings), member, network (events), experiment (the member's ranker arm), config
 * invitation → note (classifying notes), member, network (events), experiment (arms on invitations), config
 * analytics  → member, security, experiment (per-arm figures), invitation (its InvitationChanged event keeps the daily rollups), config
 * note       → member, experiment (the tone offered first), config
 * experiment → config
 * member, security → config;   config, network → nothing
 * </pre>
 *
 * <h2>One suggestion request</h2>
 * {@code GET /api/members/933/suggestions?limit=20}: the security filter chain checks the bearer JWT
 * ({@code security}); {@code SuggestionController} lets a member ask only for themself;
 * {@code Suggestions.suggest} reads the member, their connections and exclusions from Neo4j in one query
 * ({@code cypher/queries/suggestion-viewer.cypher}, with the request's bookmarks from {@code config}), ranks
 * friends of friends on the in-memory {@code MemberGraph} ({@code Scorer}), explains each
 * ({@code Explainer}), records the impressions, and answers JSON with a {@code Rapport-Bookmark} header.
 * The simulation, {@code evaluate} and {@code bench} call the same {@code Suggestions.suggest}.
 */
package app.rapport;
