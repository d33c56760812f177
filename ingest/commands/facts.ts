import { namedCounts, toGoldRecord } from "../../graph/gold-format.js";
import { allFacts } from "../../graph/sql/queries/all-facts.js";
import type { FactKind } from "../../graph/types.js";
import { parseCommandArgs } from "../args.js";
import { CliError } from "../cli-error.js";
import { openGraphFile } from "../graph-file.js";

const KINDS: FactKind[] = ["award", "policy", "target", "observation"];

/** `qkg facts [--graph file] [--kind K]`: the graph's facts as JSON Lines in the gold schema. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { graph: { type: "string" }, kind: { type: "string" } });
  if (values.kind && !KINDS.includes(values.kind as FactKind)) {
    throw new CliError("bad_arguments", `--kind must be one of ${KINDS.join(", ")}`);
  }
  const graph = await openGraphFile(values.graph);
  const facts = await allFacts(graph.db, values.kind as FactKind | undefined);
  graph.close();
  const named = namedCounts(facts);
  const lines = facts.map((f) => JSON.stringify(toGoldRecord(f, named.get(f))));
  process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
  return 0;
}
