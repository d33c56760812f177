#!/usr/bin/env node
// qkg: the command line. Each command is a module in ./commands exporting `run(argv)`.
// This is the only place that turns errors into messages and exit codes.
import { QkgError } from "../graph/errors.js";
import { CliError } from "./cli-error.js";

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }> = {
  ingest: { summary: "ingest <files or dirs…> [--graph file] [--neo4j]   build the graph", load: () => import("./commands/ingest.js") },
  facts: {
    summary: "facts [--graph file] [--kind award|policy|target|observation]   facts as JSON Lines",
    load: () => import("./commands/facts.js"),
  },
  ask: { summary: 'ask [--graph file] [--json] "<question>" | --batch questions.jsonl', load: () => import("./commands/ask.js") },
  stats: { summary: "stats [--graph file | --neo4j]   node and relationship counts as JSON", load: () => import("./commands/stats.js") },
  dump: {
    summary: "dump [--graph file] [--json]   the graph as SQL for a D1 database (wrangler d1 execute --file)",
    load: () => import("./commands/dump.js"),
  },
  neo4j: { summary: "neo4j start|stop|status   the local Neo4j server", load: () => import("./commands/neo4j.js") },
};

function usage(): string {
  return ["usage: qkg <command> [options]", "", ...Object.values(COMMANDS).map((c) => `  qkg ${c.summary}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new CliError("unknown_command", `unknown command "${name}"\n\n${usage()}`);
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof CliError || e instanceof QkgError) {
      console.error(`qkg: ${e.message}`);
      process.exitCode = e instanceof CliError ? e.exitCode : 2;
    } else {
      console.error(e);
      process.exitCode = 1;
    }
  },
);
