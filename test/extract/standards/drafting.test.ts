// Drafting statements: who led or took part, named standards, counts by level; nothing in `facts`.
import { describe, expect, it } from "vitest";
import { extract } from "./prepare.js";

const brief = (text: string) =>
  extract(text).drafting.map((d) => ({ org: d.organization, role: d.role, levels: d.levels, count: d.count, cmp: d.comparator }));

describe("drafting roles and counts by level", () => {
  it("reads a firm that led drafting national standards, with the count", () => {
    expect(brief("青岚精密机械有限公司主导制定国家标准3项。")).toEqual([
      { org: "青岚精密机械有限公司", role: "led", levels: ["national"], count: 3, cmp: "=" },
    ]);
  });

  it("reads participation in a named industry standard", () => {
    const { drafting } = extract("澄江电器股份有限公司参与制修订《家用电器待机功耗测量方法》行业标准。");
    expect(drafting).toHaveLength(1);
    expect(drafting[0]).toMatchObject({
      organization: "澄江电器股份有限公司",
      role: "participated",
      standard: { code: null, title: "家用电器待机功耗测量方法" },
      levels: ["industry"],
      count: null,
    });
  });

  it("reads 牵头 as led and 主导或参与 as either", () => {
    expect(brief("云帆新材料集团牵头起草团体标准2项。")).toEqual([
      { org: "云帆新材料集团", role: "led", levels: ["group"], count: 2, cmp: "=" },
    ]);
    expect(brief("全县企业主导或参与研制地方标准6项。")[0]).toMatchObject({
      org: null,
      role: "led_or_participated",
      levels: ["local"],
      count: 6,
    });
  });

  it("carries a role over a list of counts, until another verb is said", () => {
    expect(brief("今年全市主导制定国际标准2项、国家标准15项，发布企业标准40项。")).toEqual([
      { org: null, role: "led", levels: ["international"], count: 2, cmp: "=" },
      { org: null, role: "led", levels: ["national"], count: 15, cmp: "=" },
      { org: null, role: null, levels: ["enterprise"], count: 40, cmp: "=" },
    ]);
  });

  it("gives each clause its own role", () => {
    expect(brief("近年来参与国际标准修订1项，主持行业标准修订6项。").map((d) => [d.role, d.levels[0], d.count])).toEqual([
      ["participated", "international", 1],
      ["led", "industry", 6],
    ]);
  });

  it("reads a count written before the level, with no role when none is said", () => {
    expect(brief("全区共完成4项国家标准、3项团体标准的研制。")).toEqual([
      { org: null, role: null, levels: ["national"], count: 4, cmp: "=" },
      { org: null, role: null, levels: ["group"], count: 3, cmp: "=" },
    ]);
  });

  it("shares one count over a coordinated list of levels, with 以上 as a floor", () => {
    expect(brief("到2027年，新增主导研制国际、国家和团体标准60项以上。")).toEqual([
      { org: null, role: "led", levels: ["international", "national", "group"], count: 60, cmp: ">=" },
    ]);
  });

  it("splits counts given respectively", () => {
    expect(brief("累计参与制定国际、国家标准数量分别为8项、120项。").map((d) => [d.levels, d.count, d.role])).toEqual([
      [["international"], 8, "participated"],
      [["national"], 120, "participated"],
    ]);
  });

  it("takes the year the sentence states", () => {
    expect(extract("2023年，全市企业主导制定行业标准11项。").drafting[0].year).toBe(2023);
  });

  it("reads Traditional text and full-width digits", () => {
    expect(brief("主導制定國家標準５項。")).toEqual([{ org: null, role: "led", levels: ["national"], count: 5, cmp: "=" }]);
  });

  it("does not count standardisation pilots, honours or bases as standards", () => {
    expect(brief("新增省级标准化试点4项，获评标准创新贡献奖2项，建成技术标准创新基地1个。")).toEqual([]);
  });

  it("leaves a firm only referred back to unnamed, with a warning on the span", () => {
    const r = extract("该公司主导制定国家标准2项。");
    expect(r.drafting[0]).toMatchObject({ organization: null, role: "led", count: 2 });
    expect(r.warnings.map((w) => w.code)).toContain("standard-drafter-refers-back");
  });
});

describe("references and the extraction record", () => {
  it("gives references evidence cut from the original text, and no facts", () => {
    const text = "本次评审依据ＧＢ／Ｔ　１９５８０－２０１２进行。";
    const r = extract(text);
    expect(r.facts).toEqual([]);
    expect(r.refs).toHaveLength(1);
    const ev = r.refs[0].evidence;
    expect(ev.text).toBe(r.doc.record.text.slice(ev.start, ev.end));
    expect(ev.text).toBe("ＧＢ／Ｔ　１９５８０－２０１２");
    expect(r.refs[0]).toMatchObject({ code: "GB/T 19580-2012", number: "GB/T 19580", edition_year: 2012, level: "national" });
  });

  it("warns when nothing gives a titled standard's level", () => {
    const r = extract("参评企业对照《服务质量评价准则》开展自评。");
    expect(r.refs[0].level).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["standard-level-unknown"]);
  });

  it("links a named standard to the firm that drafted it", () => {
    const r = extract("由启明检测技术有限公司主导起草的DB32/T 4001-2021正式实施。");
    expect(r.drafting).toHaveLength(1);
    expect(r.drafting[0]).toMatchObject({
      organization: "启明检测技术有限公司",
      role: "led",
      standard: { code: "DB32/T 4001-2021" },
      levels: ["local"],
    });
  });
});

describe("counts for each level", () => {
  it("reads 各 as the count of every level in the list", () => {
    expect(brief("参与制定国家标准、行业标准各2项。")).toEqual([
      { org: null, role: "participated", levels: ["national"], count: 2, cmp: "=" },
      { org: null, role: "participated", levels: ["industry"], count: 2, cmp: "=" },
    ]);
  });

  it("reads 超过 and 余 as more than", () => {
    expect(brief("主导制定团体标准超过20项，企业标准百余项。").map((d) => [d.count, d.cmp])).toEqual([
      [20, ">"],
      [100, ">"],
    ]);
  });
});

describe("standards cited as the basis of an evaluation", () => {
  it("marks a standard an award review is held against", () => {
    const r = extract("评审委员会依照《卓越绩效评价准则》(GB/T 19580-2012)组织专家现场评审。");
    expect(r.refs[0]).toMatchObject({ code: "GB/T 19580-2012", evaluation_basis: true });
  });

  it("does not mark a standard a firm merely drafted", () => {
    const r = extract("星河仪表有限公司主导制定GB/T 40001-2021，并通过专家评审。");
    expect(r.refs[0].evaluation_basis).toBeUndefined();
  });
});

describe("numbers", () => {
  it("reads thousands separators and Chinese numerals", () => {
    expect(brief("累计参与制修订国家标准1,250项、行业标准三十二项。").map((d) => d.count)).toEqual([1250, 32]);
  });
});

describe("evidence of counts", () => {
  it("starts at the role the count was read with and is cut from the original text", () => {
    const r = extract("今年全市主导制定国际标准2项、國家標準15項。");
    const ev = r.counts[1].evidence;
    expect(ev.text).toBe("主导制定国际标准2项、國家標準15項");
    expect(r.doc.record.text.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

describe("the drafter across a sentence's clauses", () => {
  it("carries the firm opening the sentence over its commas", () => {
    const r = extract("澄江电器股份有限公司获评市长质量奖，参与制定国际标准1项，牵头起草了《电热水器能效测试方法》团体标准。");
    expect(r.drafting.map((d) => [d.organization, d.role, d.levels[0]])).toEqual([
      ["澄江电器股份有限公司", "led", "group"],
      ["澄江电器股份有限公司", "participated", "international"],
    ]);
  });

  it("does not make a standard cited after a comma a drafted one", () => {
    const r = extract("星河仪表有限公司参与制定国家标准2项，产品通过ISO 9001:2015认证。");
    expect(r.refs.map((x) => x.code)).toEqual(["ISO 9001:2015"]);
    expect(r.drafting.filter((d) => d.standard)).toEqual([]);
  });
});

describe("what is no drafter", () => {
  it("does not take a statement ending in an institution's word for a firm", () => {
    const r = extract("全市拥有2个检测中心，累计主导制定国际标准6项。新建省级质检中心1家以上，主导制定行业标准3项以上。");
    expect(r.drafting.map((d) => d.organization)).toEqual([null, null]);
  });
});

describe("years of statements", () => {
  it("takes a deadline opening the paragraph for the goals after it", () => {
    const r = extract("（三）发展目标。到2028年，质量水平稳步提高；主导制定国际标准3项以上。");
    expect(r.counts[0]).toMatchObject({ year: 2028, comparator: ">=" });
  });

  it("gives a cumulative figure no year its sentence does not state", () => {
    expect(extract("2024年工作回顾\n2024年，全市质量工作稳步推进。累计参与制定国家标准80项。").counts[0].year).toBeNull();
    expect(extract("截至2024年底，累计参与制定国家标准80项。").counts[0].year).toBe(2024);
  });
});

describe("a drafter written after the standard", () => {
  it("reads 由…牵头起草 and 由…负责制定 after a standard", () => {
    const r = extract(
      "《电动工具用锂电池包》国家标准由星河电源有限公司牵头起草，已发布。DB33/T 2500-2022由云帆检测研究院负责制定。GB/T 30000-2020由某标准化技术委员会归口。",
    );
    expect(r.drafting.map((d) => [d.organization, d.role, d.standard?.title ?? d.standard?.code, d.evidence.text])).toEqual([
      ["星河电源有限公司", "led", "电动工具用锂电池包", "《电动工具用锂电池包》国家标准由星河电源有限公司牵头起草"],
      ["云帆检测研究院", "led", "DB33/T 2500-2022", "DB33/T 2500-2022由云帆检测研究院负责制定"],
    ]);
  });
});
