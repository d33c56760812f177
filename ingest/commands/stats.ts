// qkg stats [--graph file | --neo4j]: node counts per label and relationship counts per type, JSON.
import { readFile } from "node:fs/promises";
import { countGraph } from "../../graph/queries.js";
import { parseSnapshot } from "../../graph/snapshot.js";
import { parseCommandArgs } from "../args.js";
import { CliError } from "../cli-error.js";
import { neo4jConnectionFromEnv } from "../neo4j/connection.js";
import { neo4jStats } from "../neo4j/stats.js";

// Where `qkg ingest` writes its graph when --graph is not given.
const DEFAULT_GRAPH = "graph.json";

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    graph: { type: "string" },
    neo4j: { type: "boolean" },
  });
  if (positionals.length) throw new CliError("bad_arguments", `unexpected argument "${positionals[0]}"; usage: qkg stats [--graph file | --neo4j]`);
  if (values.neo4j && values.graph) throw new CliError("bad_arguments", "give --graph or --neo4j, not both");

  if (values.neo4j) {
    const conn = neo4jConnectionFromEnv(process.env);
    try {
      console.log(JSON.stringify(await neo4jStats(conn), null, 2));
    } catch (e) {
      throw new CliError("neo4j_unavailable", `cannot read counts from Neo4j at ${conn.uri}: ${(e as Error).message.split("\n")[0]}`, 1);
    }
    return 0;
  }

  const file = values.graph ?? DEFAULT_GRAPH;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new CliError("graph_not_found", `cannot read the graph file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  console.log(JSON.stringify(countGraph(parseSnapshot(text)), null, 2));
  return 0;
}
