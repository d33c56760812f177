// qkg's Neo4j schema: run by the loader (ingest/neo4j/load.ts) before every load; every statement is
// idempotent (IF NOT EXISTS). Statements are separated by semicolons; `//` lines are comments.
//
// Every node carries `nodeId`, the snapshot's GraphNode.id (`doc:…`, `fact:…`, `award:…`); it is
// unique within its primary label (the first label build-graph gives it), which is what the loader
// MATCHes and MERGEs on. Fact nodes keep their own `id` property (the fact id) as in the snapshot.

CREATE CONSTRAINT document_node_id IF NOT EXISTS FOR (n:Document) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT fact_node_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT organization_node_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT person_node_id IF NOT EXISTS FOR (n:Person) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT project_node_id IF NOT EXISTS FOR (n:Project) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT brand_node_id IF NOT EXISTS FOR (n:Brand) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT region_node_id IF NOT EXISTS FOR (n:Region) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT award_node_id IF NOT EXISTS FOR (n:Award) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT policy_node_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT metric_node_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT standard_node_id IF NOT EXISTS FOR (n:Standard) REQUIRE n.nodeId IS UNIQUE;
// qkg's own bookkeeping (gazetteer, region table): one node, not part of the graph the snapshot holds.
CREATE CONSTRAINT qkg_meta_key IF NOT EXISTS FOR (n:QkgMeta) REQUIRE n.key IS UNIQUE;
// Names and name keys (ingest/neo4j/name-keys.ts): questions and routes look names up here, by
// key, surface form, canonical name or kind, instead of reading the gazetteer.
CREATE CONSTRAINT qkg_name_node_id IF NOT EXISTS FOR (n:QkgName) REQUIRE n.nodeId IS UNIQUE;
CREATE CONSTRAINT qkg_name_key_node_id IF NOT EXISTS FOR (n:QkgNameKey) REQUIRE n.nodeId IS UNIQUE;
CREATE INDEX qkg_name_name IF NOT EXISTS FOR (n:QkgName) ON (n.name);
CREATE INDEX qkg_name_canonical IF NOT EXISTS FOR (n:QkgName) ON (n.canonical);
CREATE INDEX qkg_name_kind IF NOT EXISTS FOR (n:QkgName) ON (n.kind);
CREATE INDEX qkg_name_load_bucket IF NOT EXISTS FOR (n:QkgName) ON (n.loadBucket);
CREATE INDEX qkg_name_key_load_bucket IF NOT EXISTS FOR (n:QkgNameKey) ON (n.loadBucket);

// A document's facts are replaced as a whole: find them by document id.
CREATE INDEX fact_doc IF NOT EXISTS FOR (n:Fact) ON (n.doc);
// The backend's documents(ids).
CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name);

// Lists page in Cypher by the facts' sort key (graph/backend/neo4j-queries/fact-order.ts): ORDER BY,
// the cursor's WHERE and LIMIT run on these indexes.
CREATE INDEX award_fact_sort IF NOT EXISTS FOR (n:AwardFact) ON (n.sortKey);
CREATE INDEX policy_fact_sort IF NOT EXISTS FOR (n:PolicyFact) ON (n.sortKey);
CREATE INDEX target_fact_sort IF NOT EXISTS FOR (n:TargetFact) ON (n.sortKey);
CREATE INDEX observation_fact_sort IF NOT EXISTS FOR (n:ObservationFact) ON (n.sortKey);

// A reload looks for stale shared entities and their relationships only in the buckets whose digest
// changed (ingest/neo4j/plan.ts): found by loadBucket, not by reading every entity.
CREATE INDEX organization_load_bucket IF NOT EXISTS FOR (n:Organization) ON (n.loadBucket);
CREATE INDEX person_load_bucket IF NOT EXISTS FOR (n:Person) ON (n.loadBucket);
CREATE INDEX project_load_bucket IF NOT EXISTS FOR (n:Project) ON (n.loadBucket);
CREATE INDEX brand_load_bucket IF NOT EXISTS FOR (n:Brand) ON (n.loadBucket);
CREATE INDEX region_load_bucket IF NOT EXISTS FOR (n:Region) ON (n.loadBucket);
CREATE INDEX award_load_bucket IF NOT EXISTS FOR (n:Award) ON (n.loadBucket);
CREATE INDEX policy_load_bucket IF NOT EXISTS FOR (n:Policy) ON (n.loadBucket);
CREATE INDEX metric_load_bucket IF NOT EXISTS FOR (n:Metric) ON (n.loadBucket);
CREATE INDEX awarded_in_load_bucket IF NOT EXISTS FOR ()-[r:AWARDED_IN]-() ON (r.loadBucket);
CREATE INDEX affiliated_with_load_bucket IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.loadBucket);
CREATE INDEX owned_by_load_bucket IF NOT EXISTS FOR ()-[r:OWNED_BY]-() ON (r.loadBucket);
CREATE INDEX governs_load_bucket IF NOT EXISTS FOR ()-[r:GOVERNS]-() ON (r.loadBucket);

// No indexes on the facts' filter fields: the backend's queries make every filter optional
// (`$year IS NULL OR f.year = $year`), which no index serves, and each index slows every load.
// Earlier schemas had them; they are dropped where they exist.
DROP INDEX award_fact_year IF EXISTS;
DROP INDEX award_fact_award IF EXISTS;
DROP INDEX award_fact_recipient IF EXISTS;
DROP INDEX target_fact_policy IF EXISTS;
