// The standards questions on the fixtures' graph (test/fixtures/standards/docs, our own words), over
// the SQL backend the CLI and the worker use. Expected answers come from the graph's own standards
// and drafting statements, read through the snapshot backend, not from the answering code.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import { openGraphFile, readGraphFile } from "../../ingest/graph-file.js";
import { FIXTURE_DOCS, ingestInto } from "./graphs.js";

const path = ingestInto(FIXTURE_DOCS, "questions");
const file = await openGraphFile(path);
const backend = sqlBackend(file.db);
const reference = snapshotBackend(await readGraphFile(path));
afterAll(() => {
  file.close();
  rmSync(path, { force: true });
});

const ask = (q: string) => answerQuestion(backend, q);
const orgs = (list: { organization: string | null }[]) => [...new Set(list.map((d) => d.organization!))];

describe("standards questions", () => {
  it("says what a standard is, by code in any written form or by title", async () => {
    for (const s of await reference.standards({})) {
      for (const asked of [s.number!, s.code!.replace(/\s/g, ""), `《${s.title}》`]) {
        const a = await ask(`${asked}是什么标准?`);
        expect([a.interpretation.intent, a.answer], asked).toEqual(["standard_lookup", [s.title]]);
        expect(a.items[0]!.evidence[0]!.text).toBe(s.mentions[0]!.evidence.text);
      }
    }
    expect((await ask("GB/T 99999是什么标准?")).answer).toEqual([]);
  });

  it("names the standard an award is reviewed against, asked by the award's full or short name", async () => {
    const [s] = (await reference.standards({})).filter((x) => x.evaluates.length);
    for (const award of [s!.evaluates[0]!, "市长质量奖"]) {
      const a = await ask(`${award}依据哪个标准评审?`);
      expect([a.interpretation.intent, a.answer], award).toEqual(["award_review_standard", [`${s!.code} ${s!.title}`]]);
    }
  });

  it("names the firms that led or took part in drafting standards of a level", async () => {
    const drafting = await reference.standardDrafting({});
    const led = (level: string) => orgs(drafting.filter((d) => d.levels.includes(level as never) && d.role !== "participated"));
    const took = (level: string) => orgs(drafting.filter((d) => d.levels.includes(level as never) && d.role !== "led"));
    expect((await ask("哪些企业主导制定过国家标准?")).answer).toEqual(led("national"));
    expect((await ask("哪些单位参与制定过行业标准?")).answer).toEqual(took("industry"));
    expect((await ask("哪些企业主导制定过国家标准?")).answer).toHaveLength(2);
    expect((await ask("哪些企业主导制定过企业标准?")).answer).toEqual([]);
  });

  it("lists what one firm drafted, and sums its counts when asked how many", async () => {
    const drafting = await reference.standardDrafting({});
    const named = drafting.find((d) => d.standard)!;
    const own = drafting.filter((d) => d.organization === named.organization && d.standard);
    expect((await ask(`${named.organization}制定过哪些标准?`)).answer).toEqual(own.map((d) => `${d.standard!.code} ${d.standard!.title}`));
    const counted = drafting.find((d) => d.count != null && d.organization && d.levels.includes("industry"))!;
    const a = await ask(`${counted.organization}参与制定了多少项行业标准?`);
    expect([a.interpretation.intent, a.answer]).toEqual(["organization_standards", counted.count]);
  });

  it("gives a region's count of standards of one level, not a count shared by levels", async () => {
    const a = await ask("赣州2022年新增了多少项国家标准?");
    const obs = (await reference.observations({})).filter(
      (f) => f.region === "赣州市" && f.year === 2022 && f.standard_levels?.join() === "national",
    );
    expect(obs).toHaveLength(1);
    expect([a.interpretation.intent, a.answer]).toEqual(["standard_count", obs[0]!.value]);
    // The 2025 goal counts national and industry standards together: no answer for one level from it.
    expect((await ask("赣州2025年新增了多少项国家标准?")).answer).toEqual([]);
  });
});
