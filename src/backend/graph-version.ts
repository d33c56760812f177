import { DUMPED_VERSION } from "../../graph/sql/dump.js";
import type { Env } from "../env.js";
import { metered } from "./d1-meter.js";
import { neo4jQuery } from "./select-backend.js";

// The graph's version: a value that changes whenever the graph served changes, for ETags
// (src/graph-cache.ts). On D1 it is read from what the graph writer keeps anyway: every document's
// content hash and extractor, the highest fact number (facts are renumbered on every rewrite) and the
// stored counts. A database loaded from `qkg dump` holds the hash of the document list as one meta
// row (DUMPED_VERSION), read instead of the list (coalesce reads the list only when the row is
// missing: 10,000 documents make a list of a megabyte). On Neo4j, every document's load digest
// (a hash of its facts and relationships, written by the loader) and the size of the bookkeeping lists.

const D1_VERSION = `SELECT
  coalesce((SELECT value FROM meta WHERE key = '${DUMPED_VERSION}'),
    (SELECT group_concat(d, ',') FROM (SELECT id || ':' || hash || ':' || coalesce(extractor, '') AS d FROM documents ORDER BY id))) AS docs,
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
 * How long a version read is trusted within one isolate. Reading it costs a round trip otherwise;
 * after this time the version known is still answered with while it is read again in the
 * background, so a reload shows within this time plus one request, well inside the routes' max-age.
 */
export const VERSION_TTL_MS = 5_000;

interface Known {
  at: number;
  version: Promise<string>;
  /** The version once read: what is answered with while a newer read is under way. */
  value?: string;
  refreshing?: boolean;
}

const cache = new Map<string, Known>();
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
  const db = env.DB;
  return sha256Hex(JSON.stringify((await metered(() => db.prepare(D1_VERSION).all())).results));
}

function cacheKey(env: Env): string {
  if ((env.QKG_BACKEND ?? "d1") === "neo4j") return `neo4j ${env.NEO4J_HTTP_URL} ${env.NEO4J_DATABASE ?? "neo4j"}`;
  if (!env.DB) return "none";
  let key = d1Keys.get(env.DB);
  if (!key) d1Keys.set(env.DB, (key = `d1 ${++d1Count}`));
  return key;
}

/** Reads the version and keeps it; a failed read is not kept, so the next request tries again. */
function read(env: Env, key: string, now: number): Known {
  const known: Known = { at: now, version: readVersion(env) };
  cache.set(key, known);
  known.version.then(
    (v) => {
      known.value = v;
    },
    () => cache.get(key) === known && cache.delete(key),
  );
  return known;
}

/**
 * The graph's version (a hex digest), read at most once per VERSION_TTL_MS per graph and isolate.
 * Past that time the version known is returned at once and read again; `background` keeps that read
 * alive after the response (the worker's waitUntil).
 */
export function graphVersion(env: Env, now = Date.now(), background?: (p: Promise<unknown>) => void): Promise<string> {
  const key = cacheKey(env);
  const hit = cache.get(key);
  if (hit && now - hit.at < VERSION_TTL_MS) return hit.version;
  if (hit?.value === undefined) return read(env, key, now).version;
  if (!hit.refreshing) {
    hit.refreshing = true;
    const next = readVersion(env).then(
      (v) => void cache.set(key, { at: Date.now(), version: Promise.resolve(v), value: v }),
      () => {
        hit.refreshing = false;
      },
    );
    background?.(next);
  }
  return Promise.resolve(hit.value);
}

/** Whether this isolate has read the graph's version already (graphVersion then answers without a round trip). */
export function versionKnown(env: Env): boolean {
  return cache.get(cacheKey(env))?.value !== undefined;
}
