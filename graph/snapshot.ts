import { buildGazetteer, buildGraph } from "./build-graph.js";
import { QkgError } from "./errors.js";
import type { DocumentRecord, DocumentStandards, Fact, GazetteerEntry, RegionRecord, Snapshot, Warning } from "./types.js";

export const SNAPSHOT_FORMAT = "qkg-snapshot";
export const SNAPSHOT_VERSION = 1;

export const byString =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

/** The snapshot's order of facts: document, kind, first evidence offset, id (one string key). */
export const compareSnapshotFacts = byString<Fact>(
  (f) => `${f.doc}|${f.kind}|${String(f.evidence[0]?.start ?? 0).padStart(8, "0")}|${f.id}`,
);

/** Assembles a snapshot in canonical order, so the same input gives byte-identical output. */
export function createSnapshot(input: {
  documents: DocumentRecord[];
  facts: Fact[];
  warnings?: Warning[];
  aliases?: GazetteerEntry[];
  regions?: RegionRecord[];
  standards?: DocumentStandards;
}): Snapshot {
  const documents = [...input.documents].sort(byString((d) => d.id));
  const facts = [...input.facts].sort(compareSnapshotFacts);
  const standards = input.standards ? sortStandards(input.standards) : undefined;
  const { nodes, relationships } = buildGraph(documents, facts, standards);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    documents,
    facts,
    nodes,
    relationships,
    gazetteer: buildGazetteer(facts, input.aliases),
    regions: [...(input.regions ?? [])].sort(byString((r) => r.name)),
    warnings: [...(input.warnings ?? [])].sort(byString((w) => `${w.doc}|${w.code}|${w.message}`)),
    ...(standards ? { standards } : {}),
  };
}

const byPlace = byString<{ doc: string; evidence: { start: number } }>((x) => `${x.doc}|${String(x.evidence.start).padStart(8, "0")}`);

/** Standards in document order (references and drafting statements by document, then offset). */
export function sortStandards(s: DocumentStandards): DocumentStandards {
  return { refs: [...s.refs].sort(byPlace), drafting: [...s.drafting].sort(byPlace) };
}

export function serializeSnapshot(s: Snapshot): string {
  return `${JSON.stringify(s)}\n`;
}

/** Parses and checks a snapshot; a file of another format or version is refused with a reason. */
export function parseSnapshot(text: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new QkgError("snapshot_invalid", `the graph file is not JSON: ${(e as Error).message}`);
  }
  const s = data as Partial<Snapshot>;
  if (s?.format !== SNAPSHOT_FORMAT) throw new QkgError("snapshot_invalid", "the graph file is not a qkg snapshot");
  if (s.version !== SNAPSHOT_VERSION) {
    throw new QkgError("snapshot_version", `snapshot version ${String(s.version)} is not supported (expected ${SNAPSHOT_VERSION})`);
  }
  for (const k of ["documents", "facts", "nodes", "relationships", "gazetteer", "regions", "warnings"] as const) {
    if (!Array.isArray(s[k])) throw new QkgError("snapshot_invalid", `the graph file has no ${k} list`);
  }
  return s as Snapshot;
}
