// qkg dump [--graph file] [--json]: the graph's tables as SQL that recreates them, for loading a
// D1 database (`wrangler d1 execute <db> --local --file dump.sql`); --json writes the statements
// with their parameters as JSON (what the workerd tests run as one D1 batch).
import { dumpStatements, renderSqlFile } from "../../graph/sql/dump.js";
import { parseCommandArgs } from "../args.js";
import { CliError } from "../cli-error.js";
import { DEFAULT_GRAPH, openGraphFile } from "../graph-file.js";

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { graph: { type: "string" }, json: { type: "boolean", default: false } });
  if (positionals.length) throw new CliError("bad_arguments", "usage: qkg dump [--graph file] [--json]");
  const graph = await openGraphFile(values.graph ?? DEFAULT_GRAPH);
  const statements = await dumpStatements(graph.db);
  graph.close();
  if (values.json) process.stdout.write(`${JSON.stringify(statements)}\n`);
  else process.stdout.write(renderSqlFile(statements));
  return 0;
}
