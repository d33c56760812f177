// qkg neo4j start|stop|status: the local Neo4j server (ingest/neo4j/local-server.ts).
import { parseCommandArgs } from "../args.js";
import { CliError } from "../cli-error.js";
import { DEFAULT_GRAPH, readGraphFile } from "../graph-file.js";
import { neo4jConnectionFromEnv, neo4jHttpConnectionFromEnv } from "../neo4j/connection.js";
import { type LocalServerOptions, serverStatus, startServer, stopServer } from "../neo4j/local-server.js";

const USAGE =
  "usage: qkg neo4j start|stop|status [--timeout seconds] [--heap 1g]\n       qkg neo4j import [--graph file]   (first bulk load with neo4j-admin; replaces the local database)";

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    timeout: { type: "string" },
    heap: { type: "string" },
    graph: { type: "string", default: DEFAULT_GRAPH },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [action, ...extra] = positionals;
  if (!action || extra.length) throw new CliError("bad_arguments", USAGE);
  const timeout = values.timeout != null ? Number(values.timeout) : 180;
  if (!Number.isFinite(timeout) || timeout <= 0) throw new CliError("bad_arguments", "--timeout takes a number of seconds");
  if (values.heap != null && !/^\d+[mg]$/i.test(values.heap)) throw new CliError("bad_arguments", "--heap takes a size like 512m or 2g");

  const http = neo4jHttpConnectionFromEnv(process.env);
  const options: LocalServerOptions = {
    conn: neo4jConnectionFromEnv(process.env),
    httpUrl: http.url,
    home: process.env.QKG_NEO4J_HOME || undefined,
    heap: values.heap,
    timeoutMs: timeout * 1000,
    log: (line) => console.error(line),
  };

  switch (action) {
    case "start": {
      let s;
      try {
        s = await startServer(options);
      } catch (e) {
        throw new CliError("neo4j_start_failed", (e as Error).message, 1);
      }
      console.log(s.alreadyRunning ? "Neo4j is already running" : `Neo4j started in ${(s.ms / 1000).toFixed(1)} s`);
      console.log(`  bolt:      ${s.boltUri}`);
      console.log(`  http:      ${s.httpUrl}  (Query API: ${s.httpUrl}/db/${http.database}/query/v2)`);
      console.log(`  user:      ${options.conn.user}`);
      if (s.pid != null) console.log(`  pid:       ${s.pid}   data: ${s.home}`);
      return 0;
    }
    case "stop": {
      const r = await stopServer(options);
      console.log(r.stopped ? `Neo4j (pid ${r.pid}) stopped` : "Neo4j was not running");
      return 0;
    }
    case "status": {
      const s = await serverStatus(options);
      console.log(JSON.stringify(s, null, 2));
      // 0 when Bolt answers (whoever runs the server), 3 otherwise, like service status scripts.
      return s.bolt ? 0 : 3;
    }
    case "import":
      return importGraph(values.graph, options, http.database);
    default:
      throw new CliError("bad_arguments", `unknown neo4j action "${action}"\n${USAGE}`);
  }
}

/**
 * The graph file as the whole content of the local server's database, through neo4j-admin's offline
 * importer: the server is stopped for the import (if it runs) and started again with the schema.
 */
async function importGraph(graph: string, options: LocalServerOptions, database: string): Promise<number> {
  const { importIntoNeo4j } = await import("../neo4j/import.js");
  const { applySchema } = await import("../neo4j/load.js");
  const { readStats } = await import("../neo4j/stats.js");
  const { openDriver } = await import("../neo4j/driver.js");
  const status = await serverStatus(options);
  if (status.bolt && !status.running) {
    throw new CliError(
      "neo4j_not_local",
      `a Neo4j not started by qkg answers at ${options.conn.uri}; qkg neo4j import writes only the local server's database (use qkg ingest --neo4j)`,
    );
  }
  const snapshot = await readGraphFile(graph);
  if (status.running) {
    console.error("stopping the local Neo4j for the import…");
    await stopServer(options);
  }
  let report;
  try {
    report = await importIntoNeo4j(snapshot, { home: options.home, database, log: (line) => console.error(line) });
  } catch (e) {
    if (status.running) await startServer(options);
    throw new CliError("neo4j_import_failed", (e as Error).message, 1);
  }
  await startServer(options);
  const driver = openDriver(options.conn);
  try {
    // Constraints and indexes are built on the imported data (the loader's schema).
    await applySchema(driver);
    const stats = await readStats(driver);
    console.log(JSON.stringify({ ...report, rate: Math.round(report.relationships / (report.ms.total / 1000)), stats }));
  } finally {
    await driver.close();
  }
  return 0;
}
