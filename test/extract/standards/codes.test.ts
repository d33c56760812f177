// Standard codes in every form texts write them, and the level each prefix gives.
import { describe, expect, it } from "vitest";
import { INDUSTRY_CODES, levelOfPrefix, PROVINCE_CODES } from "../../../graph/standard-vocabulary.js";
import { findCodes } from "../../../ingest/extract/standards/codes.js";
import { foldWidth } from "../../../ingest/extract/standards/recognise.js";

const one = (text: string) => {
  const found = findCodes(foldWidth(text));
  expect(found).toHaveLength(1);
  return found[0];
};

describe("code forms", () => {
  it.each([
    ["依据GB/T 19001-2016建立体系", "GB/T 19001-2016"],
    ["依据GB/T19001-2016建立体系", "GB/T 19001-2016"],
    ["依据GB/T19001—2016建立体系", "GB/T 19001-2016"],
    ["依据GB/T 19001–2016建立体系", "GB/T 19001-2016"],
    ["依据ＧＢ／Ｔ　１９００１－２０１６建立体系", "GB/T 19001-2016"],
    ["依据GB / T 19001 - 2016建立体系", "GB/T 19001-2016"],
    ["依据GBT 19001-2016建立体系", "GB/T 19001-2016"],
    ["符合GB 2763-2021的限量", "GB 2763-2021"],
    ["参照GB/Z 20000.11-2008", "GB/Z 20000.11-2008"],
    ["执行GB 5749-85时期的规定", "GB 5749-1985"],
  ])("%s → %s", (text, code) => {
    const c = one(text);
    expect(c.code).toBe(code);
    expect(c.level).toBe("national");
  });

  it("keeps the number without the year to join editions, and the edition year", () => {
    const c = one("按GB/T 2828.1-2012抽样");
    expect(c).toMatchObject({ number: "GB/T 2828.1", editionYear: 2012 });
    expect(one("按GB/T 2828.1抽样")).toMatchObject({ code: "GB/T 2828.1", editionYear: null });
  });

  it("reads international codes with a colon year", () => {
    expect(one("通过ISO 14001:2015认证")).toMatchObject({ code: "ISO 14001:2015", level: "international" });
    expect(one("通过ISO14001认证")).toMatchObject({ code: "ISO 14001", level: "international" });
    expect(one("按ISO/IEC 17025：2017运行")).toMatchObject({ code: "ISO/IEC 17025:2017", level: "international" });
    expect(one("满足IEC 61508-2010要求")).toMatchObject({ code: "IEC 61508:2010", level: "international" });
    expect(one("采纳为ITU-T Y.3000建议")).toMatchObject({ code: "ITU-T Y.3000", level: "international" });
  });

  it("reads a local code with its province, from two or four region digits", () => {
    expect(one("发布DB33/T 2100-2018")).toMatchObject({ code: "DB33/T 2100-2018", level: "local", province: "浙江省" });
    expect(one("发布DB44/ 1234—2020")).toMatchObject({ code: "DB44/ 1234-2020", level: "local", province: "广东省" });
    expect(one("发布DB3301/T 0300-2019")).toMatchObject({ level: "local", province: "浙江省" });
    expect(findCodes("DB99/T 1-2019")).toHaveLength(0);
  });

  it("reads group and enterprise codes", () => {
    expect(one("团体标准T/ZJB 0012-2021发布")).toMatchObject({ code: "T/ZJB 0012-2021", level: "group" });
    expect(one("执行Q/LX 003-2020")).toMatchObject({ code: "Q/LX 003-2020", level: "enterprise" });
  });

  it.each([
    "JB/T 5000.3-2007",
    "YY/T 0316-2016",
    "HG/T 2002-2019",
    "SN/T 1000-2014",
    "QC/T 29106-2014",
    "NB/T 47013.1-2015",
    "DB/T 15-2009",
  ])("reads the industry code %s", (code) => expect(one(`依据${code}检验`)).toMatchObject({ code, level: "industry" }));

  it("wants a year on a bare two-letter industry code and ignores unknown prefixes", () => {
    expect(findCodes("QC 2019小组活动")).toHaveLength(0);
    expect(findCodes("型号AB 1234-2020")).toHaveLength(0);
    expect(one("依据YY 0505-2012检验")).toMatchObject({ level: "industry" });
  });
});

describe("vocabulary", () => {
  it("has every provincial region's two-digit code and the industry codes", () => {
    expect(Object.keys(PROVINCE_CODES)).toHaveLength(31);
    expect(Object.keys(INDUSTRY_CODES).length).toBeGreaterThanOrEqual(60);
    expect(levelOfPrefix("DB32/T")).toEqual({ level: "local", province: "江苏省" });
    expect(levelOfPrefix("ISO/IEC")).toEqual({ level: "international" });
    expect(levelOfPrefix("XX/T")).toBeNull();
  });
});
