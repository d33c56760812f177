import type { Env } from "../env.js";
import { neo4jQuery } from "./select-backend.js";

// The graph's version: a value that changes whenever the graph served changes, for ETags
// (src/graph-cache.ts). On D1 it is read from what the graph writer keeps anyway: every document's
// content hash and extractor, the highest fact number (facts are renumbered on every rewrite) and the
// stored counts. On Neo4j, every document's load digest (a hash of its facts and relationships,
// written by the loader) and the size of the bookkeeping lists.

const D1_VERSION = `SELECT
  (SELECT group_concat(d, ',') FROM (SELECT id || ':' || hash || ':' || coalesce(extractor, '') AS d FROM documents ORDER BY id)) AS docs,
  (SELECT coalesce(max(n), 0) FROM facts) AS facts,
  (SELECT value FROM meta WHERE key = 'stats') AS stats`;

// The loader writes a new graphVersion on the QkgMeta node whenever a load changes anything
// (ingest/neo4j/load.ts): one property read instead of every document's digest (630 KB at 10,000
// documents). A database loaded before that has none and is read the long way.
const NEO4J_STORED_VERSION = `
OPTIONAL MATCH (m:QkgMeta {key: 'snapshot'})
RETURN m.graphVersion AS version`;

const NEO4J_VERSION = `
MATCH (d:Document)
WITH d ORDER BY d.nodeId
WITH collect(d.nodeId + ':' + coalesce(d.loadDigest, '')) AS docs
OPTIONAL MATCH (m:QkgMeta {key: 'snapshot'})
RETURN docs, size(coalesce(m.gazetteer, '')) AS gazetteer, size(coalesce(m.regions, '')) AS regions, m.version AS version`;

/**
 * How long a version read is reused within one isolate. Reading it costs a query per request
 * otherwise; a reload shows within this time, well inside the routes' max-age.
 */
export const VERSION_TTL_MS = 5_000;

const cache = new Map<string, { at: number; version: Promise<string> }>();
const d1Keys = new WeakMap<D1Database, string>();
let d1Count = 0;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function readVersion(env: Env): Promise<string> {
  if ((env.QKG_BACKEND ?? "d1") === "neo4j") {
    const [stored] = await neo4jQuery(env)<{ version: string | null }>(NEO4J_STORED_VERSION);
    if (stored?.version) return sha256Hex(`stored:${stored.version}`);
    return sha256Hex(JSON.stringify(await neo4jQuery(env)(NEO4J_VERSION)));
  }
  if (!env.DB) return "no-graph";
  return sha256Hex(JSON.stringify((await env.DB.prepare(D1_VERSION).all()).results));
}

function cacheKey(env: Env): string {
  if ((env.QKG_BACKEND ?? "d1") === "neo4j") return `neo4j ${env.NEO4J_HTTP_URL} ${env.NEO4J_DATABASE ?? "neo4j"}`;
  if (!env.DB) return "none";
  let key = d1Keys.get(env.DB);
  if (!key) d1Keys.set(env.DB, (key = `d1 ${++d1Count}`));
  return key;
}

/** The graph's version (a hex digest), read at most once per VERSION_TTL_MS per graph and isolate. */
export function graphVersion(env: Env, now = Date.now()): Promise<string> {
  const key = cacheKey(env);
  const hit = cache.get(key);
  if (hit && now - hit.at < VERSION_TTL_MS) return hit.version;
  const version = readVersion(env);
  cache.set(key, { at: now, version });
  // A failed read is not kept: the next request tries again.
  version.catch(() => cache.get(key)?.version === version && cache.delete(key));
  return version;
}
