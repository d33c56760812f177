// The loader's public face, for ingest/commands/ingest.ts and the tests.
export { loadIntoNeo4j, type LoadOptions, type LoadReport } from "./load.js";
export { neo4jStats } from "./stats.js";
export { neo4jConnectionFromEnv, neo4jHttpConnectionFromEnv, LOCAL_DEFAULTS, type Neo4jConnection, type Neo4jHttpConnection } from "./connection.js";
