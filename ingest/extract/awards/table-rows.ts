// Tables as the text cleaner leaves them: a head row of column names, then one row per line with
// cells separated by spaces — or, when the cells hold paragraphs (Word exported to HTML), one cell
// per line. Knowing the columns tells a name from its region, its recommending body or its award.

// One head cell: a known column name, or several joined by "/" (名称/姓名).
const HEAD_CELL =
  /^(?:序号|编号|名次|单位名称|企业名称|组织名称|获奖单位|获奖企业|获奖组织|获奖个人|获奖者|获奖单位名称|获奖企业名称|名称|姓名|单位及职务|工作单位|所在单位|单位|职务|职称|类别|所属地区|所在地区|所在地|地区|(?:所属|所在)[县区市地][^\s|/]{0,8}|推荐单位|申报单位|申报组织|申报企业|推荐部门|备注|(?:获奖)?(?:奖项|奖励|荣誉)(?:名称|类别|等次|等级|称号)?|获奖(?:类别|等次|等级|情况)|等次|等级|(?:获奖|获评|授予)?(?:年度|年份|时间))$/;

/** A table head row: every cell a column name — or a numbered head naming its name column among other short heads (所属行业). */
export const TABLE_HEAD = {
  test(text: string): boolean {
    const cells = text
      .trim()
      .split(/[\s|]+/)
      .filter(Boolean);
    if (cells.length > 0 && cells.every((c) => c.split("/").every((x) => HEAD_CELL.test(x)))) return true;
    return (
      cells.length >= 3 &&
      /^(?:序号|编号)$/.test(cells[0]) &&
      cells.some((c) => /名称|姓名/.test(c)) &&
      cells.every((c) => /^[\u4e00-\u9fff/()、]{2,10}$/.test(c))
    );
  },
};

export type ColumnRole = "number" | "name" | "affiliation" | "region" | "category" | "award" | "year" | "skip";

/** What a column holds, from its head cell. */
export function columnRole(cell: string): ColumnRole {
  // "名称/姓名": a column for organisations and persons alike.
  const head = cell.split("/").find((x) => /名称|姓名|单位$/.test(x)) ?? cell.split("/")[0];
  if (/^(?:序号|编号|名次)$/.test(head)) return "number";
  // In a 公示 the applicant (申报单位) is the candidate; the recommending body (推荐单位) is not.
  if (/^申报/.test(head)) return "name";
  if (/^推荐|^备注$|^职称$/.test(head)) return "skip";
  if (/年度|年份|时间/.test(head)) return "year";
  if (/奖项|奖励|荣誉|等次|等级|获奖类别|获奖情况/.test(head)) return "award";
  if (/^类别$/.test(head)) return "category";
  if (/地区|所在地|^(?:所属|所在)[县区市地]/.test(head)) return "region";
  if (/^(?:工作单位|所在单位|单位及职务|单位|职务)$/.test(head)) return "affiliation";
  if (/名称|姓名|获奖者|获奖(?:单位|企业|组织|个人)/.test(head)) return "name";
  return "skip"; // 所属行业, 主导产品…: not part of the name
}

/** The columns a head line names (several head lines in a row add up: one cell per line). */
export function headColumns(text: string): ColumnRole[] {
  const roles = text
    .trim()
    .split(/[\s|]+/)
    .filter(Boolean)
    .map(columnRole);
  // "序号 单位 所在地": with no name column, 单位 is the name, not a person's organisation.
  const unit = roles.indexOf("affiliation");
  if (!roles.includes("name") && unit >= 0) roles[unit] = "name";
  return roles;
}

export interface MappedRow {
  /** The row as a list line: number, name (a person's name with their organisation and title), region. */
  text: string;
  /** The award (or grade) cell, if the table has one. */
  award: string | null;
  category: string | null;
}

/**
 * A row's cells read by the column heads. Null when the cells do not line up with the heads (a name
 * with a space inside it): the caller then reads the line as a plain list line.
 */
export function mapRow(cells: string[], roles: ColumnRole[], isRegion: (s: string) => boolean): MappedRow | null {
  // Empty cells at the end of a row (an organisation in a 单位及职务 column for persons) vanish in the text.
  if (cells.length > roles.length || !roles.slice(0, cells.length).includes("name")) return null;
  if (cells.length < roles.length && roles.slice(cells.length).some((r) => r === "name" || r === "number")) return null;
  const pick = (role: ColumnRole) => cells.filter((_c, i) => roles[i] === role);
  const number = pick("number")[0];
  if (number != null && !/^\d{1,3}$/.test(number)) return null;
  const names = pick("name");
  const affiliation = pick("affiliation").join("");
  const region = pick("region").filter(isRegion)[0];
  // A year cell becomes the "(2021年)" the list parser reads after a name.
  const year = pick("year")
    .map((y) => (/^(?:19|20)\d{2}\s*年?度?$/.test(y) ? `(${y.replace(/年?度?$/, "")}年)` : ""))
    .join("");
  const text = [number ?? "", names.join("") + year, affiliation, region ?? ""].filter(Boolean).join(" ");
  return { text, award: pick("award")[0] ?? null, category: pick("category")[0] ?? null };
}

/** A paragraph that is only a row number: with one cell per line, it starts a row. */
export function isRowNumber(text: string): boolean {
  return /^\s*\d{1,3}\s*$/.test(text);
}
