import { describe, expect, it } from "vitest";
import { headerNotes } from "../../../ingest/extract/awards/header-lists.js";
import { headColumns, isRowNumber, mapRow, TABLE_HEAD } from "../../../ingest/extract/awards/table-rows.js";

const isRegion = (s: string) => /区$|县$/.test(s);

describe("table rows", () => {
  it("recognises head rows, also with award, grade and recommending-body columns", () => {
    expect(TABLE_HEAD.test("序号 单位名称 类别 奖项")).toBe(true);
    expect(TABLE_HEAD.test("序号 获奖单位 获奖等次")).toBe(true);
    expect(TABLE_HEAD.test("序号 申报单位 所在县(市、区)")).toBe(true);
    expect(TABLE_HEAD.test("1 某某有限公司 组织")).toBe(false);
  });

  it("reads a row by its columns: region kept as a column, recommending body dropped, award cell apart", () => {
    const roles = headColumns("序号 获奖单位 所属地区 推荐单位");
    expect(mapRow(["1", "某某精密电子有限公司", "同安区", "同安区市场监督管理局"], roles, isRegion)).toEqual({
      text: "1 某某精密电子有限公司 同安区",
      award: null,
      category: null,
    });
    const award = headColumns("序号 单位名称 类别 奖项");
    expect(mapRow(["3", "某某化工股份有限公司", "组织", "某市政府质量奖提名奖"], award, isRegion)).toEqual({
      text: "3 某某化工股份有限公司",
      award: "某市政府质量奖提名奖",
      category: "组织",
    });
  });

  it("joins a person's organisation and title columns after the name", () => {
    const roles = headColumns("序号 姓名 工作单位 职务");
    expect(mapRow(["1", "陈某某", "某某港务集团有限公司", "质量管理部部长"], roles, isRegion)!.text).toBe(
      "1 陈某某 某某港务集团有限公司质量管理部部长",
    );
  });

  it("refuses a row whose cells do not line up with the head (a name with a space inside)", () => {
    expect(mapRow(["1", "某某机械", "制造有限公司", "良庆区"], headColumns("序号 单位名称 所属地区"), isRegion)).toBeNull();
    expect(isRowNumber(" 12 ")).toBe(true);
    expect(isRowNumber("12家")).toBe(false);
  });
});

describe("header annotations", () => {
  it("takes counts, categories and ordering remarks out of parentheses, and leaves other parentheses", () => {
    expect(headerNotes("某市政府质量奖(组织类,3家)")).toMatchObject({ count: 3, category: "组织" });
    expect(headerNotes("获奖组织名单(共10家,排名不分先后)")).toMatchObject({ count: 10, category: null, rest: "获奖组织名单 " });
    expect(headerNotes("提名奖获奖组织(按姓氏笔画排序)").rest).toBe("提名奖获奖组织 ");
    expect(headerNotes("某某集团(原某某厂)").rest).toBe("某某集团(原某某厂)");
  });
});
