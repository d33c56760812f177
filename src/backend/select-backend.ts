import { parseSnapshot } from "../../graph/snapshot.js";
import { ApiError } from "../api-error.js";
import type { Env } from "../env.js";
import type { Backend } from "./backend.js";
import { neo4jBackend } from "./neo4j-backend.js";
import { snapshotBackend } from "./snapshot-backend.js";

// One backend per isolate: the snapshot parsed on first use, or one Neo4j client per configuration,
// so that per-backend indexes (the question parser's name index) are built once, not per request.
let cached: Promise<Backend> | undefined;
let neo4jCached: { key: string; backend: Backend } | undefined;

async function loadSnapshotBackend(env: Env): Promise<Backend> {
  const res = await env.ASSETS.fetch(new Request("https://assets.local/snapshot.json"));
  if (!res.ok) throw new ApiError(503, "graph_unavailable", "no graph snapshot is deployed with this worker");
  return snapshotBackend(parseSnapshot(await res.text()));
}

/** The backend named by QKG_BACKEND in wrangler.toml: the snapshot unless "neo4j". */
export function selectBackend(env: Env): Promise<Backend> {
  const kind = env.QKG_BACKEND ?? "snapshot";
  if (kind === "neo4j") {
    if (!env.NEO4J_HTTP_URL) throw new ApiError(503, "backend_misconfigured", "QKG_BACKEND is neo4j but NEO4J_HTTP_URL is not set");
    const config = {
      url: env.NEO4J_HTTP_URL,
      database: env.NEO4J_DATABASE ?? "neo4j",
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
    };
    const key = JSON.stringify(config);
    if (neo4jCached?.key !== key) neo4jCached = { key, backend: neo4jBackend(config) };
    return Promise.resolve(neo4jCached.backend);
  }
  if (kind !== "snapshot") throw new ApiError(503, "backend_misconfigured", `unknown QKG_BACKEND "${kind}"`);
  cached ??= loadSnapshotBackend(env).catch((e) => {
    cached = undefined;
    throw e;
  });
  return cached;
}
