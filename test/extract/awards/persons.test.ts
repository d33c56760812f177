import { describe, expect, it } from "vitest";
import { isPersonName, parsePerson } from "../../../ingest/extract/awards/persons.js";

describe("persons", () => {
  it("reads organisation + title + name", () => {
    expect(parsePerson("浙江某某电器股份有限公司董事长吴国华")).toEqual({
      name: "吴国华",
      affiliation: "浙江某某电器股份有限公司",
      role: "董事长",
    });
  });

  it("reads several titles joined by 、 or 兼", () => {
    expect(parsePerson("某某重工集团有限公司党委书记、常务副总经理林海")?.role).toBe("党委书记、常务副总经理");
    expect(parsePerson("某某科技有限公司董事长兼总经理欧阳明")?.name).toBe("欧阳明");
  });

  it("reads name first, then organisation and title", () => {
    expect(parsePerson("陈建军 湖南某某机车有限公司总工程师")).toEqual({
      name: "陈建军",
      affiliation: "湖南某某机车有限公司",
      role: "总工程师",
    });
    expect(parsePerson("陈建军(湖南某某机车有限公司总工程师)")?.affiliation).toBe("湖南某某机车有限公司");
  });

  it("reads organisation and name with no title in a list of individuals", () => {
    expect(parsePerson("湖南某某机车有限公司 陈建军")).toEqual({ name: "陈建军", affiliation: "湖南某某机车有限公司", role: null });
  });

  it("does not take a company name for a person", () => {
    expect(parsePerson("江苏某某精密机械有限公司")).toBeNull();
    expect(isPersonName("有限公司")).toBe(false);
    expect(isPersonName("欧阳明")).toBe(true);
  });
});

describe("persons with a trade or department before the title", () => {
  it("keeps the full organisation name and moves the trade into the role", () => {
    expect(parsePerson("孙某某 某某重型机械集团有限公司焊接高级技师")).toEqual({
      name: "孙某某",
      affiliation: "某某重型机械集团有限公司",
      role: "焊接高级技师",
    });
    expect(parsePerson("张伟(某某集团有限公司质量总监)")).toEqual({ name: "张伟", affiliation: "某某集团有限公司", role: "质量总监" });
  });
});
