// Ingest speed against nodejieba alone: the seed corpus copied 100 times (each copy made distinct,
// or the reader would skip it as a duplicate) is ingested by the whole CLI (a fresh graph; with
// the default extraction threads, with two and with none) and tagged by a bare process that only loads
// nodejieba with the same dictionary and tags every file. The ratio is the bare time over the
// ingest time (issue 12 asks ≥ 0.5). Wall and CPU times from /usr/bin/time; best of `rounds`,
// rounds interleaved so that the load other work puts on the machine falls on both alike.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_WORKERS } from "../ingest/commands/ingest.js";
import { USER_DICT } from "../ingest/segment.js";
import type { BenchRow } from "./bench-row.js";

const ROOT = new URL("..", import.meta.url).pathname;
const WORK = join(ROOT, ".qkg/bench");
const CORPUS = new URL("../../shared/corpus", import.meta.url).pathname;

const BARE = `
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
const jieba = createRequire(process.cwd() + "/")("nodejieba");
jieba.load({ userDict: process.argv[2] });
let words = 0;
for (const f of readdirSync(process.argv[1]).sort()) words += jieba.tag(readFileSync(process.argv[1] + "/" + f, "utf8")).length;
console.log(words);`;

interface Timed {
  wall: number;
  cpu: number;
  rssMiB: number;
}

function run(cmd: string, args: string[]): Timed {
  const r = spawnSync("/usr/bin/time", ["-f", "QKGTIME %e %U %S %M", cmd, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const m = /QKGTIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (r.status !== 0 || !m) throw new Error(`${cmd} ${args.slice(0, 4).join(" ")} failed: ${(r.stderr ?? "").slice(-500)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMiB: Math.round(Number(m[4]) / 1024) };
}

export function copySeeds(times: number): string {
  const dir = join(WORK, `seeds-x${times}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (let k = 0; k < times; k++) {
    for (const f of files)
      writeFileSync(join(dir, `${String(k).padStart(3, "0")}-${f}`), `${readFileSync(join(CORPUS, f), "utf8")}\n（副本${k}）\n`);
  }
  return dir;
}

export async function benchJiebaRatio(times = 100, rounds = 2): Promise<BenchRow[]> {
  const dir = copySeeds(times);
  const graph = join(WORK, `seeds-x${times}.sqlite`);
  const best: Record<string, Timed> = {};
  const keep = (k: string, t: Timed) => (best[k] = !best[k] || t.wall < best[k]!.wall ? t : best[k]!);
  for (let r = 0; r < rounds; r++) {
    keep("bare", run(process.execPath, ["--input-type=module", "-e", BARE, dir, USER_DICT]));
    for (const workers of ["default", "2", "0"]) {
      rmSync(graph, { force: true });
      const choice = workers === "default" ? [] : ["--workers", workers];
      keep(
        `ingest-${workers}`,
        run(process.execPath, ["--import", "tsx", "ingest/cli.ts", "ingest", dir, "--graph", graph, "--quiet", ...choice]),
      );
    }
  }
  const row = (name: string, t: Timed, target?: string): BenchRow => ({
    bench: "jieba-ratio",
    metric: `seeds ×${times} (${readdirSync(dir).length} files): ${name} wall / CPU / peak RSS`,
    value: `${t.wall.toFixed(1)} s / ${t.cpu.toFixed(1)} s / ${t.rssMiB} MiB`,
    target,
  });
  const bare = best.bare!;
  return [
    row("bare nodejieba tagging process", bare),
    row(`qkg ingest, default threads (${DEFAULT_WORKERS} + the main thread)`, best["ingest-default"]!),
    row("qkg ingest, 2 extraction threads", best["ingest-2"]!),
    row("qkg ingest, main thread only (--workers 0)", best["ingest-0"]!),
    {
      bench: "jieba-ratio",
      metric: "ingest speed / bare tagging speed (wall), default | 2 threads | main thread only",
      value: ["default", "2", "0"].map((w) => (bare.wall / best[`ingest-${w}`]!.wall).toFixed(2)).join(" | "),
      target: "≥ 0.5",
    },
  ];
}

// `node --import tsx bench/jieba-ratio.ts`: this bench alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchJiebaRatio()) console.log(`${r.metric.padEnd(90)} ${String(r.value).padStart(30)} ${r.target ?? ""}`);
}
