// `npm start [-- <folder>]`: ingest a folder (the examples by default) into a graph file, load it
// into the local D1 database, build the widget, and serve the worker with wrangler dev on
// http://localhost:8787.
import { spawn } from "node:child_process";
import { run as ingest } from "../ingest/commands/ingest.js";
import { buildSite } from "./build-site.js";
import { loadLocalD1 } from "./load-d1.js";

const folder = process.argv[2] ?? "examples";
const graph = ".qkg/graph.sqlite";
const code = await ingest([folder, "--graph", graph]);
if (code !== 0 && code !== 3) process.exit(code);
const loaded = await loadLocalD1({ graph });
console.error(`D1 (local): ${loaded.statements} statements in ${(loaded.ms / 1000).toFixed(1)} s`);
const widget = await buildSite();
console.error(`widget: ${widget.file} (${widget.gzipBytes} bytes gzip)`);
const port = process.env.PORT ?? "8787";
console.error(
  `serving ${graph} on http://localhost:${port}  (API: /health /api/v1/awards /api/v1/ask?q=… /api/v1/programmes /api/v1/documents/<id>;`,
);
console.error(
  "  views: /entities/<name> /programmes/<name> /documents/<id>?start=&end= /policies/<id>, linked from the demo page; Ctrl-C to stop)",
);
const child = spawn("npx", ["wrangler", "dev", "--port", port, "--ip", "127.0.0.1"], { stdio: "inherit" });
child.on("exit", (c) => process.exit(c ?? 0));
