// The importer's own time is read from its log (`IMPORT DONE in …`), so the bench can report the
// import with and without the JVM start. Pure: no Neo4j needed.
import { describe, expect, it } from "vitest";
import { importDoneMs } from "../../ingest/neo4j/import.js";

describe("importDoneMs", () => {
  it("reads seconds and milliseconds, minutes and hours", () => {
    expect(importDoneMs("Post processing COMPLETED in 2s 962ms\n\nIMPORT DONE in 13s 620ms. \nImported:")).toBe(13_620);
    expect(importDoneMs("IMPORT DONE in 1m 2s 5ms.")).toBe(62_005);
    expect(importDoneMs("IMPORT DONE in 1h 0m 0s 1ms.")).toBe(3_600_001);
    expect(importDoneMs("IMPORT DONE in 620ms.")).toBe(620);
  });

  it("is NaN when the log does not say (a failed or cut-short import)", () => {
    expect(importDoneMs("Node import COMPLETED in 4s 676ms\n")).toBeNaN();
  });
});
