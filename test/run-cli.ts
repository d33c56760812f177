import { spawnSync } from "node:child_process";
import { ROOT } from "./seed-paths.js";

/** Runs the real CLI as the scorers do (`npm run qkg -- …` is `node --import tsx ingest/cli.ts …`). */
export function runCli(args: string[], options: { input?: string } = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "ingest/cli.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
