// What every Neo4j test file shares: find (or start) a real Neo4j, hold it exclusively while the
// file runs (Community Edition has one user database and the tests wipe it), and say clearly why
// the tests are skipped when this machine cannot run one. Not a test file itself.
import { spawnSync } from "node:child_process";
import neo4j from "neo4j-driver";
import { hostPort, neo4jConnectionFromEnv, neo4jHttpConnectionFromEnv } from "../../ingest/neo4j/connection.js";
import { boltAnswers, type LocalServerOptions, startServer, stopServer } from "../../ingest/neo4j/local-server.js";
import { acquireNeo4j, releaseNeo4jLock } from "../../scripts/neo4j-exclusive.js";

export const conn = neo4jConnectionFromEnv(process.env);
export const http = neo4jHttpConnectionFromEnv(process.env);
/** The worker's variables for answering from this Neo4j over its HTTP Query API. */
export const neo4jWorkerVars = {
  QKG_BACKEND: "neo4j",
  NEO4J_HTTP_URL: http.url,
  NEO4J_DATABASE: http.database,
  NEO4J_USER: http.user,
  NEO4J_PASSWORD: http.password,
} as const;
export const serverOptions: LocalServerOptions = {
  conn,
  httpUrl: http.url,
  home: process.env.QKG_NEO4J_HOME || undefined,
  log: (line) => console.error(`[neo4j] ${line}`),
};

const inCi = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
const has = (cmd: string, args: string[]) => !spawnSync(cmd, args, { stdio: "ignore" }).error;

export interface Neo4jAvailability {
  available: boolean;
  /** Why the Neo4j tests are skipped, when they are. */
  reason: string;
}

/**
 * Decided when the test file is collected: a Neo4j that answers, or Java and Maven to start the
 * local one. Outside CI a machine without them skips the Neo4j tests with the reason; in CI
 * (CI=true) that is an error, so a CI without Neo4j fails instead of passing on nothing.
 */
export async function neo4jAvailability(): Promise<Neo4jAvailability> {
  if (await boltAnswers(conn)) return { available: true, reason: "" };
  const missing = [has("java", ["-version"]) ? null : "Java 17", has("mvn", ["-v"]) ? null : "Maven"].filter(Boolean);
  if (!missing.length) return { available: true, reason: "" };
  const reason = `Neo4j tests skipped: no Neo4j answers at ${conn.uri} and ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not installed to start one (npm run neo4j:start; docs/neo4j.md)`;
  if (inCi) throw new Error(`CI=true and ${reason.replace("Neo4j tests skipped: ", "")}`);
  console.warn(reason);
  return { available: false, reason };
}

/**
 * How long a file may wait for the database and then start it: files that use Neo4j run one after
 * another, so give `beforeAll(claimNeo4j, CLAIM_TIMEOUT_MS)` this rather than the default hook timeout.
 */
export const CLAIM_TIMEOUT_MS = 900_000;

let startedHere = false;

/** beforeAll: exclusive use of a running Neo4j (started if needed), wiped. */
export async function claimNeo4j(): Promise<void> {
  const { host } = hostPort(conn.uri, 7687);
  if (!["127.0.0.1", "localhost", "::1"].includes(host) && process.env.QKG_NEO4J_TEST_ALLOW_WIPE !== "1") {
    throw new Error(
      `the Neo4j tests wipe the database; ${conn.uri} is not on this machine (set QKG_NEO4J_TEST_ALLOW_WIPE=1 if that is what you want)`,
    );
  }
  await acquireNeo4j(CLAIM_TIMEOUT_MS - 240_000);
  if (!(await boltAnswers(conn))) {
    await startServer(serverOptions);
    startedHere = true;
  }
  await wipe();
}

/** afterAll: stop a server this file started, free the database for the next file. */
export async function releaseNeo4j(): Promise<void> {
  try {
    if (startedHere) await stopServer(serverOptions);
  } finally {
    startedHere = false;
    releaseNeo4jLock();
  }
}

/** Deletes every node and relationship (the schema stays). */
export async function wipe(): Promise<void> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
  try {
    // Auto-commit: CALL … IN TRANSACTIONS cannot run inside an explicit transaction.
    await driver.session().run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await driver.close();
  }
}

/** Runs one statement over Bolt and returns plain rows (integers as numbers), for assertions. */
export async function cypher<Row = Record<string, unknown>>(statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { disableLosslessIntegers: true });
  try {
    const res = await driver.executeQuery(statement, params);
    return res.records.map((r) => r.toObject() as Row);
  } finally {
    await driver.close();
  }
}
