#!/usr/bin/env bash
# Starts or stops the local Neo4j for a CI run (.ci/run calls it around the tests):
#   bash scripts/neo4j-ci.sh start   # build the launcher (Maven → ~/.m2), start, wait for Bolt
#   bash scripts/neo4j-ci.sh stop    # stop it; nothing left running
# Exits non-zero when Neo4j cannot be started, so that CI fails rather than skipping the Neo4j tests.
set -euo pipefail
cd "$(dirname "$0")/.."

action="${1:-}"
case "$action" in
  start)
    command -v java >/dev/null || { echo "neo4j-ci: java not found (Java 17 is needed)" >&2; exit 1; }
    command -v mvn >/dev/null || { echo "neo4j-ci: mvn not found (Maven is needed)" >&2; exit 1; }
    t0=$(date +%s)
    # Builds graph/neo4j-local first when needed (it says so, with the time): the first build resolves
    # Neo4j's jars from Maven Central into ~/.m2; later runs use the cache.
    node --import tsx ingest/cli.ts neo4j start --timeout 300
    echo "neo4j-ci: Neo4j up in $(( $(date +%s) - t0 )) s"
    ;;
  stop)
    node --import tsx ingest/cli.ts neo4j stop
    ;;
  *)
    echo "usage: scripts/neo4j-ci.sh start|stop" >&2
    exit 2
    ;;
esac
