import type { Backend } from "../../graph/backend/backend.js";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import { ApiError } from "../api-error.js";
import type { Env } from "../env.js";
import { d1Database } from "./d1-database.js";
import { queryApi, type RunQuery } from "./neo4j-query-api.js";

// One backend per binding and isolate: cheap to make, but what is built on top of a backend once
// (the question parser's name index) is kept per backend object.
const d1Backends = new WeakMap<D1Database, Backend>();
let neo4jCached: { key: string; run: RunQuery; backend: Backend } | undefined;

/** The Neo4j Query API client for the env's settings, one per isolate and settings. */
export function neo4jQuery(env: Env): RunQuery {
  if (!env.NEO4J_HTTP_URL) throw new ApiError(503, "backend_misconfigured", "QKG_BACKEND is neo4j but NEO4J_HTTP_URL is not set");
  const config = {
    url: env.NEO4J_HTTP_URL,
    database: env.NEO4J_DATABASE ?? "neo4j",
    user: env.NEO4J_USER ?? "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
  };
  const key = JSON.stringify(config);
  if (neo4jCached?.key !== key) {
    const run = queryApi(config);
    neo4jCached = { key, run, backend: neo4jBackend(run) };
  }
  return neo4jCached.run;
}

/** The backend named by QKG_BACKEND in wrangler.toml: D1 unless "neo4j". */
export function selectBackend(env: Env): Promise<Backend> {
  const kind = env.QKG_BACKEND ?? "d1";
  if (kind === "neo4j") {
    neo4jQuery(env);
    return Promise.resolve(neo4jCached!.backend);
  }
  if (kind !== "d1") throw new ApiError(503, "backend_misconfigured", `unknown QKG_BACKEND "${kind}" (use d1 or neo4j)`);
  if (!env.DB) throw new ApiError(503, "graph_unavailable", "no D1 database is bound as DB; see wrangler.toml");
  let backend = d1Backends.get(env.DB);
  if (!backend) d1Backends.set(env.DB, (backend = sqlBackend(d1Database(env.DB))));
  return Promise.resolve(backend);
}
