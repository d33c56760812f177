// `npm run bench`: every benchmark, one table. Targets are stated beside the figures, never asserted.
import type { BenchRow } from "./bench-row.js";

const BENCHES: Array<[string, () => Promise<BenchRow[]>]> = [
  ["ingest", async () => (await import("./ingest.js")).benchIngest()],
  ["extract", async () => (await import("./extract.js")).benchExtract()],
  ["large-input", async () => (await import("./large-input.js")).benchLargeInput()],
  ["ask", async () => (await import("./ask.js")).benchAsk()],
  ["neo4j", async () => (await import("./neo4j-load.js")).benchNeo4j()],
  ["api", async () => (await import("./api.js")).benchApi()],
  ["scale", async () => (await import("./scale.js")).benchScale()],
  ["d1", async () => (await import("./d1.js")).benchD1()],
  ["fuzz", async () => (await import("./fuzz.js")).benchFuzz()],
  ["throughput", async () => (await import("./throughput.js")).benchThroughput()],
  ["neo4j-scale", async () => (await import("./neo4j-scale.js")).benchNeo4jScale()],
  ["jieba-ratio", async () => (await import("./jieba-ratio.js")).benchJiebaRatio()],
];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, bench] of BENCHES) {
  if (only.length && !only.includes(name)) continue;
  try {
    rows.push(...(await bench()));
  } catch (e) {
    rows.push({ bench: name, metric: "error", value: (e as Error).message.split("\n")[0] });
  }
}
const header = ["bench", "metric", "value", "unit", "target"];
const table = [header, ...rows.map((r) => [r.bench, r.metric, String(r.value), r.unit ?? "", r.target ?? ""])];
const widths = header.map((_, i) => Math.max(...table.map((r) => width(r[i]))));
for (const [i, r] of table.entries()) {
  console.log(`| ${r.map((c, j) => c + " ".repeat(widths[j] - width(c))).join(" | ")} |`);
  if (i === 0) console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
