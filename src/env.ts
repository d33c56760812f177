/** Bindings and vars, declared in wrangler.toml; secrets come from .dev.vars / `wrangler secret`. */
export interface Env {
  /** Static assets: the widget bundle. */
  ASSETS: Fetcher;
  /** The graph's tables (graph/sql/schema.ts), loaded with `qkg dump` + `wrangler d1 execute`. */
  DB?: D1Database;
  /** "d1" (default) or "neo4j". */
  QKG_BACKEND?: string;
  /** Neo4j HTTP base URL, e.g. http://127.0.0.1:7474 (the Query API lives under /db/<db>/query/v2). */
  NEO4J_HTTP_URL?: string;
  NEO4J_DATABASE?: string;
  NEO4J_USER?: string;
  NEO4J_PASSWORD?: string;
  /**
   * The deployed release (a commit id, a version): part of every read answer's ETag, so that a deploy
   * that changes answers without changing the graph is not hidden behind a 304. Unset: answers are
   * keyed on the graph alone.
   */
  QKG_RELEASE?: string;
  /**
   * How many recent answers an isolate keeps, by graph version and URL (src/graph-cache.ts): a
   * popular question is answered once per version. Unset or 0: none (the test suites, which reload
   * graphs faster than the version is re-read).
   */
  QKG_ANSWER_CACHE?: string;
  /** Comma-separated origins allowed to call the API from a browser; "*" for any. */
  CORS_ORIGINS?: string;
}
