// Exclusive use of the local Neo4j for whatever wipes it (the Neo4j tests, the Neo4j bench).
// Community Edition has one user database, and several test files, a bench and engineers' runs
// may point at the same server: a directory made atomically is the lock, freed if its owner died.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../ingest/neo4j/local-server.js";

export const LOCK_DIR = join(PROJECT_ROOT, ".qkg", "neo4j-exclusive.lock");

function ownerAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK_DIR, "pid"), "utf8"));
    // Held by this very process: a test file before this one in the same worker did not release it
    // (files in one worker run one after another), so it is stale.
    if (pid === process.pid) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function acquireNeo4j(timeoutMs = 200_000): Promise<void> {
  mkdirSync(join(PROJECT_ROOT, ".qkg"), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(join(LOCK_DIR, "pid"), String(process.pid));
      return;
    } catch {
      if (!ownerAlive()) {
        // The owner may be between mkdir and writing its pid: break only a lock that stays ownerless.
        await new Promise((r) => setTimeout(r, 500));
        if (!ownerAlive()) rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Neo4j was held by another run (${LOCK_DIR}) for ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export function releaseNeo4jLock(): void {
  try {
    if (Number(readFileSync(join(LOCK_DIR, "pid"), "utf8")) !== process.pid) return;
  } catch {
    return;
  }
  rmSync(LOCK_DIR, { recursive: true, force: true });
}
