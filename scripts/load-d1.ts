// Loads a graph file into the local D1 database `wrangler dev` serves: the graph as SQL
// (`qkg dump`), then `wrangler d1 execute <database> --local --file …`, which replaces whatever
// graph the database held.
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { dumpStatements, renderSqlFile } from "../graph/sql/dump.js";
import { openGraphFile } from "../ingest/graph-file.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface LoadD1Options {
  graph: string;
  /** The D1 database_name in the wrangler config. */
  database?: string;
  /** A wrangler config other than ./wrangler.toml, and its environment. */
  config?: string;
  env?: string;
  /** wrangler's local state directory (`--persist-to`), when not the default .wrangler/state. */
  persistTo?: string;
  /** Where the SQL is written. */
  sqlFile?: string;
}

export async function loadLocalD1(o: LoadD1Options): Promise<{ statements: number; ms: number }> {
  const t0 = performance.now();
  const sqlFile = o.sqlFile ?? `${o.graph}.d1.sql`;
  const graph = await openGraphFile(o.graph);
  const statements = await dumpStatements(graph.db);
  graph.close();
  await mkdir(dirname(sqlFile), { recursive: true });
  await writeFile(sqlFile, renderSqlFile(statements));
  const args = [
    join(ROOT, "node_modules/wrangler/bin/wrangler.js"),
    "d1",
    "execute",
    o.database ?? "qkg",
    "--local",
    "--file",
    sqlFile,
    "--yes",
  ];
  if (o.config) args.push("--config", o.config);
  if (o.env) args.push("--env", o.env);
  if (o.persistTo) args.push("--persist-to", o.persistTo);
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" },
  });
  if (r.status !== 0) throw new Error(`wrangler d1 execute failed (${r.status}):\n${r.stderr || r.stdout}`);
  return { statements: statements.length, ms: performance.now() - t0 };
}
