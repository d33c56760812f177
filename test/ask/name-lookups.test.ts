// Question understanding pushed down (issue 12): a question's names are found by indexed lookups
// of its own substrings (graph/ask/name-keys.ts), never by reading the whole gazetteer; the SQL
// graph answers every seed question as the snapshot does with the gazetteer out of reach.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import { candidateSurfaces, NameKeyIndex, nameKeys, organisationKeys, regionPrefixes } from "../../graph/ask/name-keys.js";
import type { Backend } from "../../graph/backend/backend.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import { openGraphFile, writeGraphFile } from "../../ingest/graph-file.js";
import { goldSnapshot } from "../fixtures/gold-snapshot.js";
import { regionRecords } from "../fixtures/region-records.js";
import { goldBackend, seedQuestions } from "./helpers.js";

const REGIONS = regionRecords(["苏州市", "北京市"]);

describe("name keys", () => {
  it("gives an award's surfaces without its place, with the place's short form and graded", () => {
    const keys = nameKeys({ name: "苏州市市长质量奖", kind: "award", canonical: "苏州市市长质量奖" }, REGIONS, regionPrefixes(REGIONS));
    const names = keys.filter((k) => k.how === "name").map((k) => k.key);
    expect(names).toEqual(expect.arrayContaining(["苏州市市长质量奖", "市长质量奖", "苏州市长质量奖", "苏州市质量奖"]));
    expect(keys.find((k) => k.key === "苏州市市长质量金奖")?.tier).toBe("gold");
    expect(keys.some((k) => k.how === "suffix" && k.key === "市长质量奖")).toBe(false); // generic ending
  });

  it("finds an organisation by a short name, a fragment and an abbreviation of characters in order", () => {
    const gazetteer = [{ name: "北京星河歌舞艺术中心有限公司", kind: "organization" as const, canonical: "北京星河歌舞艺术中心有限公司" }];
    const index = new NameKeyIndex(gazetteer, REGIONS);
    const surfaces = index.lookup({ surfaces: ["星河歌舞"], bigrams: [], fragments: [], pairs: [] });
    expect(surfaces.map((k) => k.how)).toEqual(["derived"]);
    for (const name of ["歌舞艺术", "北星歌", "北京星歌舞"]) {
      const hits = index.lookup({ surfaces: [], bigrams: [], ...organisationKeys([name]) });
      expect(
        hits.map((k) => k.canonical),
        name,
      ).toContain("北京星河歌舞艺术中心有限公司");
    }
  });

  it("looks up no substring across punctuation or from a character no name starts with", () => {
    expect(candidateSurfaces("甲乙,丙丁", 4)).toEqual(["甲乙", "丙丁"]);
    expect(candidateSurfaces("甲乙丙", 3, "乙")).toEqual(["乙丙"]);
  });
});

describe("the SQL graph answers without reading the gazetteer", () => {
  let sql: Backend;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "qkg-name-keys-")), "gold.sqlite");
    await writeGraphFile(file, goldSnapshot());
    const b = sqlBackend((await openGraphFile(file)).db);
    sql = { ...b, gazetteer: () => Promise.reject(new Error("the whole gazetteer was read")), names: undefined };
  }, 60_000);

  it("answers every seed question as the snapshot does", async () => {
    for (const { q } of seedQuestions())
      expect((await answerQuestion(sql, q)).answer, q).toEqual((await answerQuestion(goldBackend, q)).answer);
  });
});
