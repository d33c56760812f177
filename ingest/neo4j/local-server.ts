// The local Neo4j server: built from graph/neo4j-local (Maven resolves the Community jars into
// ~/.m2), run as one detached `java` process whose pid is kept in .qkg/neo4j/neo4j.pid, data in
// .qkg/neo4j/data. Start waits until Bolt answers with the configured credentials; start while
// running does nothing; stop ends the process and waits until it is gone.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { hostPort, type Neo4jConnection } from "./connection.js";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface LocalServerOptions {
  /** Bolt URI, user and password (from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD). */
  conn: Neo4jConnection;
  /** HTTP base URL (NEO4J_HTTP_URL): where the Query API listens. */
  httpUrl: string;
  /** Server home: conf, data, logs, pid file. Default .qkg/neo4j in the project. */
  home?: string;
  /** JVM heap, e.g. "1g". */
  heap?: string;
  /** How long start waits for Bolt before giving up. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface ServerStatus {
  running: boolean;
  pid: number | null;
  /** Bolt answers a query with the configured credentials. */
  bolt: boolean;
  boltUri: string;
  httpUrl: string;
  home: string;
}

const LAUNCHER_DIR = join(PROJECT_ROOT, "graph", "neo4j-local");
const homeOf = (o: LocalServerOptions) => o.home ?? join(PROJECT_ROOT, ".qkg", "neo4j");
const pidFile = (home: string) => join(home, "neo4j.pid");
const launcherLog = (home: string) => join(home, "logs", "launcher.log");

/**
 * Whether pid is our Neo4j launcher, alive. On Linux /proc tells a zombie (dead, not yet reaped)
 * from a live process, and a reused pid from ours; elsewhere a signal-0 probe is all there is.
 */
export function launcherAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    if (/^\d+ \(.*\) Z/.test(stat)) return false;
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("qkg.neo4j.LocalNeo4j");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" && existsSync("/proc/self/stat")) return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(home: string): number | null {
  try {
    const pid = Number(readFileSync(pidFile(home), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether Bolt at conn.uri runs a query with conn's credentials. */
export async function boltAnswers(conn: Neo4jConnection, timeoutMs = 3000): Promise<boolean> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.executeQuery("RETURN 1 AS ok");
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export async function serverStatus(o: LocalServerOptions): Promise<ServerStatus> {
  const home = homeOf(o);
  const pid = readPid(home);
  const running = pid != null && launcherAlive(pid);
  return { running, pid: running ? pid : null, bolt: await boltAnswers(o.conn), boltUri: o.conn.uri, httpUrl: o.httpUrl, home };
}

const newer = (a: string, b: string) => statSync(a).mtimeMs > statSync(b).mtimeMs;

/** Compiles the launcher and writes its classpath unless both are newer than their sources. */
export function buildLauncher(log: (line: string) => void = () => {}): string[] {
  const cpFile = join(LAUNCHER_DIR, "target", "classpath.txt");
  const classFile = join(LAUNCHER_DIR, "target", "classes", "qkg", "neo4j", "LocalNeo4j.class");
  // Maven leaves unchanged outputs untouched, so their times say nothing: a stamp marks a good build.
  const stamp = join(LAUNCHER_DIR, "target", "qkg-build.stamp");
  const sources = [join(LAUNCHER_DIR, "pom.xml"), join(LAUNCHER_DIR, "src", "main", "java", "qkg", "neo4j", "LocalNeo4j.java")];
  const fresh = [cpFile, classFile, stamp].every((f) => existsSync(f)) && sources.every((s) => newer(stamp, s));
  if (!fresh) {
    log("building graph/neo4j-local with Maven (the first run downloads Neo4j's jars into ~/.m2)…");
    const t0 = performance.now();
    const mvn = spawnSync("mvn", ["-B", "-q", "-f", join(LAUNCHER_DIR, "pom.xml"), "package"], { encoding: "utf8" });
    if (mvn.error) throw new Error(`Maven (mvn) is needed to build the local Neo4j: ${mvn.error.message}`);
    if (mvn.status !== 0) throw new Error(`Maven failed building graph/neo4j-local:\n${(mvn.stdout + mvn.stderr).slice(-3000)}`);
    writeFileSync(stamp, `${new Date().toISOString()}\n`);
    log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return [join(LAUNCHER_DIR, "target", "classes"), ...readFileSync(cpFile, "utf8").trim().split(":")];
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export async function startServer(o: LocalServerOptions): Promise<ServerStatus & { alreadyRunning: boolean; ms: number }> {
  const log = o.log ?? (() => {});
  const started = performance.now();
  const home = homeOf(o);
  const bolt = hostPort(o.conn.uri, 7687);
  const http = hostPort(o.httpUrl, 7474);
  if (!LOOPBACK.has(bolt.host) || !LOOPBACK.has(http.host)) {
    throw new Error(`NEO4J_URI (${o.conn.uri}) and NEO4J_HTTP_URL (${o.httpUrl}) must be on this machine (127.0.0.1) for the local server`);
  }

  const before = await serverStatus(o);
  if (before.running && before.bolt) return { ...before, alreadyRunning: true, ms: 0 };
  if (!before.running && before.bolt) {
    // Something else (another Neo4j: Docker, Desktop) already answers here with these credentials.
    log(`a Neo4j not started by qkg already answers at ${o.conn.uri}; using it`);
    return { ...before, alreadyRunning: true, ms: 0 };
  }

  let pid = before.pid;
  if (pid == null) {
    const java = spawnSync("java", ["-version"], { encoding: "utf8" });
    if (java.error) throw new Error(`Java 17 or newer is needed for the local Neo4j: ${java.error.message}`);
    const classpath = buildLauncher(log);
    mkdirSync(join(home, "logs"), { recursive: true });
    mkdirSync(join(home, "run"), { recursive: true });
    // The classpath (200+ jars) goes in a Java @argfile so that `ps` stays readable.
    const argFile = join(home, "run", "java.args");
    writeFileSync(argFile, `-cp "${classpath.join(":")}"\n`);
    const out = openSync(launcherLog(home), "a");
    const child = spawn(
      "java",
      [
        `-Xms256m`,
        `-Xmx${o.heap ?? "1g"}`,
        "-XX:+UseG1GC",
        "-Dfile.encoding=UTF-8",
        `@${argFile}`,
        "qkg.neo4j.LocalNeo4j",
        home,
        `${bolt.host === "localhost" ? "127.0.0.1" : bolt.host}:${bolt.port}`,
        `${http.host === "localhost" ? "127.0.0.1" : http.host}:${http.port}`,
        o.conn.user,
      ],
      {
        detached: true,
        stdio: ["ignore", out, out],
        // The password reaches the launcher through its environment, not its command line.
        env: { ...process.env, NEO4J_PASSWORD: o.conn.password },
      },
    );
    closeSync(out);
    if (child.pid == null) throw new Error("could not start java");
    pid = child.pid;
    child.unref();
    writeFileSync(pidFile(home), `${pid}\n`);
    log(`started Neo4j (pid ${pid}), waiting for Bolt at ${o.conn.uri}…`);
  } else {
    log(`Neo4j (pid ${pid}) is starting, waiting for Bolt at ${o.conn.uri}…`);
  }

  const deadline = Date.now() + (o.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (!launcherAlive(pid)) {
      rmSync(pidFile(home), { force: true });
      throw new Error(`Neo4j exited while starting; the end of ${launcherLog(home)}:\n${tail(launcherLog(home))}`);
    }
    if (await boltAnswers(o.conn, 1000)) {
      const status = await serverStatus(o);
      return { ...status, alreadyRunning: false, ms: Math.round(performance.now() - started) };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `Neo4j did not answer on ${o.conn.uri} within ${Math.round((o.timeoutMs ?? 180_000) / 1000)} s; see ${launcherLog(home)}`,
  );
}

export async function stopServer(o: LocalServerOptions): Promise<{ stopped: boolean; pid: number | null }> {
  const home = homeOf(o);
  const pid = readPid(home);
  if (pid == null || !launcherAlive(pid)) {
    rmSync(pidFile(home), { force: true });
    return { stopped: false, pid: null };
  }
  // SIGTERM: Neo4j's own handler shuts the databases down cleanly (checkpoint) and exits.
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (launcherAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (launcherAlive(pid)) {
    (o.log ?? (() => {}))(`Neo4j (pid ${pid}) did not stop within 60 s; killing it`);
    process.kill(pid, "SIGKILL");
    while (launcherAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(pidFile(home), { force: true });
  return { stopped: true, pid };
}
