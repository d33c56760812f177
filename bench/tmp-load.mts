import { readGraphFile } from "../ingest/graph-file.js";
import { loadIntoNeo4j } from "../ingest/neo4j/load.js";
import { neo4jConnectionFromEnv } from "../ingest/neo4j/connection.js";
const snap = await readGraphFile(process.argv[2]!);
const r = await loadIntoNeo4j(snap, neo4jConnectionFromEnv(process.env), { prune: true });
console.log(JSON.stringify({ phases: r.phases, ms: r.ms, loaded: r.documents.loaded.length, unchanged: r.documents.unchanged.length, written: r.written, deleted: r.deleted }));
