// Runs one `qkg ingest` in this process and prints its wall time and peak RSS as JSON, for
// bench/scale.ts (a child process, so each figure is one ingest's own).
import { run } from "../ingest/commands/ingest.js";

const t0 = performance.now();
const code = await run([...process.argv.slice(2), "--quiet"]);
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ code, ms, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
