// `wrangler dev` serving the worker for outside clients (schemathesis, the fuzz bench): a generated
// config per instance (its own D1 state, assets directory and vars), on a free port. The D1 backend
// gets the seed graph; the Neo4j one is pointed at a Neo4j the caller has loaded. Not a test file.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadLocalD1 } from "../../scripts/load-d1.js";
import { freePort, spawnWranglerDev } from "../browser/servers.js";
import { ROOT, SEED_GRAPH } from "../seed-paths.js";

export interface WranglerDev {
  origin: string;
  log: () => string;
  stop: () => Promise<void>;
}

export interface WranglerDevOptions {
  /** A name for the instance: its state lives in .qkg/api-test/<name>. */
  name: string;
  /** The worker's vars: QKG_BACKEND, NEO4J_*, CORS_ORIGINS. */
  vars: Record<string, string>;
  /** A graph file to load into the instance's D1 (the D1 backend). */
  graph?: string;
  /** Another worker to serve (default: src/index.ts), and the path that answers 200 once it is up. */
  main?: string;
  readyPath?: string;
}

export const seedD1 = (name = "d1"): WranglerDevOptions => ({ name, vars: { QKG_BACKEND: "d1", CORS_ORIGINS: "*" }, graph: SEED_GRAPH });

export async function startWranglerDev(o: WranglerDevOptions): Promise<WranglerDev> {
  const work = `${ROOT}.qkg/api-test/${o.name}`;
  await rm(work, { recursive: true, force: true });
  await mkdir(`${work}/site`, { recursive: true });
  const toml = await readFile(`${ROOT}wrangler.toml`, "utf8");
  const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? "2026-04-01";
  const database = `qkg-api-${o.name}`;
  const config = {
    name: database,
    main: o.main ?? `${ROOT}src/index.ts`,
    compatibility_date: compatibilityDate,
    assets: { directory: `${work}/site`, binding: "ASSETS", run_worker_first: true },
    d1_databases: [{ binding: "DB", database_name: database, database_id: "00000000-0000-4000-8000-000000000003" }],
    vars: o.vars,
  };
  await writeFile(`${work}/wrangler.json`, JSON.stringify(config, null, 2));
  if (o.graph)
    await loadLocalD1({
      graph: o.graph,
      database,
      config: `${work}/wrangler.json`,
      persistTo: `${work}/state`,
      sqlFile: `${work}/graph.sql`,
    });
  const port = await freePort();
  const args = ["dev", "--config", `${work}/wrangler.json`, "--port", String(port), "--ip", "127.0.0.1", "--persist-to", `${work}/state`];
  const readyPath = o.readyPath ?? "/openapi.json";
  return spawnWranglerDev(args, port, 180_000, async (origin) => (await fetch(`${origin}${readyPath}`)).status === 200);
}
