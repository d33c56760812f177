import { readFile } from "node:fs/promises";
import { parseSnapshot } from "../graph/snapshot.js";
import type { Snapshot } from "../graph/types.js";
import { CliError } from "./cli-error.js";

export const DEFAULT_GRAPH = ".qkg/graph.json";

/** Reads a snapshot file, saying what to do when there is none yet. */
export async function loadSnapshot(path = DEFAULT_GRAPH): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError("no_graph", `no graph at ${path}: run \`qkg ingest <files…> --graph ${path}\` first`);
    throw new CliError("graph_unreadable", `cannot read ${path}: ${(e as Error).message}`);
  }
  return parseSnapshot(text);
}
