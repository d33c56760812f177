// qkg neo4j start|stop|status: the local Neo4j server (ingest/neo4j/local-server.ts).
import { parseCommandArgs } from "../args.js";
import { CliError } from "../cli-error.js";
import { neo4jConnectionFromEnv, neo4jHttpConnectionFromEnv } from "../neo4j/connection.js";
import { serverStatus, startServer, stopServer, type LocalServerOptions } from "../neo4j/local-server.js";

const USAGE = "usage: qkg neo4j start|stop|status [--timeout seconds] [--heap 1g]";

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    timeout: { type: "string" },
    heap: { type: "string" },
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
    default:
      throw new CliError("bad_arguments", `unknown neo4j action "${action}"\n${USAGE}`);
  }
}
