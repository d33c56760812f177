// qkg stats [--graph file | --neo4j]: node counts per label and relationship counts per type, JSON.
// For the same corpus both print the same counts (test/neo4j/stats-cli.test.ts).
import { stats } from "../../graph/sql/queries/stats.js";
import { parseCommandArgs } from "../args.js";
import { CliError } from "../cli-error.js";
import { DEFAULT_GRAPH, openGraphFile } from "../graph-file.js";
import { neo4jConnectionFromEnv } from "../neo4j/connection.js";
import { neo4jStats } from "../neo4j/stats.js";

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    graph: { type: "string" },
    neo4j: { type: "boolean", default: false },
  });
  if (positionals.length)
    throw new CliError("bad_arguments", `unexpected argument "${positionals[0]}"; usage: qkg stats [--graph file | --neo4j]`);
  if (values.neo4j && values.graph) throw new CliError("bad_arguments", "give --graph or --neo4j, not both");

  if (values.neo4j) {
    const conn = neo4jConnectionFromEnv(process.env);
    let stats;
    try {
      stats = await neo4jStats(conn);
    } catch (e) {
      throw new CliError(
        "neo4j_unavailable",
        `cannot read counts from Neo4j at ${conn.uri}: ${(e as Error).message.split("\n")[0]} (start one with \`qkg neo4j start\`)`,
        1,
      );
    }
    console.log(JSON.stringify(stats, null, 2));
    return 0;
  }

  const graph = await openGraphFile(values.graph ?? DEFAULT_GRAPH);
  console.log(JSON.stringify(await stats(graph.db), null, 2));
  graph.close();
  return 0;
}
