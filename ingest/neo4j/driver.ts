import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "./connection.js";

export function openDriver(conn: Neo4jConnection, maxRetryMs = 15_000): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    // The driver retries transactions that fail with transient errors (deadlocks, leader changes,
    // a server still starting) with exponential backoff and jitter, for up to this long.
    maxTransactionRetryTime: maxRetryMs,
    userAgent: "qkg-loader",
  });
}
