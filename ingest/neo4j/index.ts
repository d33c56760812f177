// The loader's public face, for ingest/commands/ingest.ts and the tests.

export {
  LOCAL_DEFAULTS,
  type Neo4jConnection,
  type Neo4jHttpConnection,
  neo4jConnectionFromEnv,
  neo4jHttpConnectionFromEnv,
} from "./connection.js";
export { type LoadOptions, type LoadReport, loadIntoNeo4j } from "./load.js";
export { neo4jStats } from "./stats.js";
