// Persons in award notices: "某公司董事长周某某", "周某某 某公司总工程师", "周某某(某公司董事长)".
// A person is recorded by name; the organisation is the affiliation and the job title is the role.
import { cleanName, isOrgName } from "./organisation-names.js";

const ROLE_CORE = [
  "董事长",
  "副董事长",
  "总经理",
  "副总",
  "总裁",
  "总工程师",
  "总会计师",
  "总经济师",
  "总监",
  "质量总监",
  "技术总监",
  "首席质量官",
  "首席执行官",
  "党委书记",
  "党总支书记",
  "党支部书记",
  "书记",
  "厂长",
  "院长",
  "所长",
  "校长",
  "行长",
  "局长",
  "处长",
  "科长",
  "部长",
  "主任",
  "经理",
  "董事",
  "监事",
  "负责人",
  "法定代表人",
  "创始人",
  "高级工程师",
  "工程师",
  "高级技师",
  "技师",
  "班组长",
  "班长",
  "组长",
  "主任医师",
  "教授",
  "研究员",
  "首席专家",
  "专家",
  "会长",
  "主席",
  "执行董事",
  "总设计师",
  "副总设计师",
  "主任设计师",
  "设计师",
  "总师",
  "总指挥",
  "首席科学家",
  "首席技师",
  "首席技能专家",
  "院士",
  "技能大师",
  "特级技师",
  "技术员",
  "质检员",
  "检验员",
  "工艺员",
  "焊工",
  "钳工",
  "车工",
  "电工",
];
const ROLE = `(?:(?:常务|执行|第一)?副?(?:${ROLE_CORE.sort((a, b) => b.length - a.length).join("|")}))`;
/** One or more job titles: 党委书记、常务副总经理 / 董事长兼总经理. */
const ROLES = `${ROLE}(?:[、,，兼及和]${ROLE})*`;

// Common Chinese surnames (single and compound) to tell a name from the end of a title.
const SURNAMES_1 =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝宣宋郜谈衡阚禹茅郦闻訾蔺揭";
const SURNAMES_2 = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木"];

/** A personal name: surname + 1–2 characters (or compound surname + 1–2). */
export function isPersonName(s: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(s)) return false;
  // Function words never end a given name ("肖某的" is a name and a particle).
  if (/[的了是在和与及等为被将从向对]/.test(s.slice(1))) return false;
  if (SURNAMES_2.some((x) => s.startsWith(x))) return s.length >= 3;
  return SURNAMES_1.includes(s[0]) && s.length <= 3;
}

export interface PersonMention {
  name: string;
  affiliation: string | null;
  role: string | null;
}

const ORG_ROLE_NAME = new RegExp(`^(.+?)(${ROLES})\\s*([\\u4e00-\\u9fff]{2,4})$`);
const NAME_ORG_ROLE = new RegExp(`^([\\u4e00-\\u9fff]{2,4})[\\s,，:：]+(.+?)(${ROLES})$`);
const NAME_PAREN = new RegExp(`^([\\u4e00-\\u9fff]{2,4})\\s*\\((.+?)(${ROLES})?\\)$`);

/**
 * A list item or clause that names a person. `text` is normalised, with year parentheses and former
 * names already removed. Null when it is not a person.
 */
export function parsePerson(text: string): PersonMention | null {
  const t = text.trim();
  let m = ORG_ROLE_NAME.exec(t);
  if (m) {
    const org = cleanName(m[1]);
    const name = m[3];
    // "公司董事长某某": a person whose organisation the clause does not name in full.
    if (isPersonName(name) && org.length >= 2 && !/[、，,；;]/.test(m[1]))
      return { name, affiliation: isOrgName(org) ? org : null, role: m[2] };
  }
  m = NAME_ORG_ROLE.exec(t);
  if (m && isPersonName(m[1])) {
    const split = orgAndSpecialty(cleanName(m[2]));
    if (split) return { name: m[1], affiliation: split.org, role: split.specialty + m[3] };
  }
  // In a list of individual winners the title may be missing: "某公司 周某某" / "周某某 某公司".
  m = /^(.+?)\s+([\u4e00-\u9fff]{2,4})$/.exec(t);
  if (m && isPersonName(m[2]) && isOrgName(cleanName(m[1]))) return { name: m[2], affiliation: cleanName(m[1]), role: null };
  m = /^([\u4e00-\u9fff]{2,4})\s+(.+)$/.exec(t);
  if (m && isPersonName(m[1]) && isOrgName(cleanName(m[2]))) return { name: m[1], affiliation: cleanName(m[2]), role: null };
  // "李某某  某集团有限公司第一研究院型号总指挥助理": a title the list above does not know still
  // follows the organisation's full name.
  if (m && isPersonName(m[1])) {
    const split = orgAndSpecialty(cleanName(m[2]), 12);
    if (split?.specialty && /[师长员人家官监理任士匠手工记席裁事责者]$/.test(split.specialty))
      return { name: m[1], affiliation: split.org, role: split.specialty };
  }
  // "某公司质量总工张某": a title this module does not list, between the full name and the person.
  const titled =
    /^(.+?(?:公司|集团|医院|研究院|研究所|大学|学院|中心|厂))([\u4e00-\u9fff]{1,8}?[师长员人家官监理任士匠手工记席裁事责者总])([\u4e00-\u9fff]{2,3})$/.exec(
      t,
    );
  if (titled && isOrgName(cleanName(titled[1])) && isPersonName(titled[3]))
    return { name: titled[3], affiliation: cleanName(titled[1]), role: titled[2] };
  m = NAME_PAREN.exec(t);
  if (m && isPersonName(m[1])) {
    const split = orgAndSpecialty(cleanName(m[2]));
    if (split) return { name: m[1], affiliation: split.org, role: split.specialty + (m[3] ?? "") || null };
  }
  return null;
}

/**
 * In a list of individual winners, "姓名  单位+任何职务": the person's name, then the longest full
 * organisation name at the start of the rest (the title may be anything); null when none starts it.
 */
export function parseListedPerson(text: string): PersonMention | null {
  const m = /^([\u4e00-\u9fff]{2,4})\s+(.+)$/.exec(text.trim());
  if (!m || !isPersonName(m[1])) return null;
  const rest = cleanName(m[2]);
  for (let k = rest.length; k >= 4; k--) {
    if (isOrgName(rest.slice(0, k))) return { name: m[1], affiliation: rest.slice(0, k), role: rest.slice(k) || null };
  }
  return null;
}

/**
 * "某集团有限公司焊接" before 高级技师: a job title may open with the trade or department it is in
 * (焊接高级技师, 质量管理部部长). The organisation is the longest full name at the start.
 */
function orgAndSpecialty(text: string, maxSpecialty = 8): { org: string; specialty: string } | null {
  if (isOrgName(text)) return { org: text, specialty: "" };
  for (let k = text.length - 1; k >= 4 && text.length - k <= maxSpecialty; k--) {
    const org = text.slice(0, k);
    if (isOrgName(org) && /^[\u4e00-\u9fff]+$/.test(text.slice(k))) return { org, specialty: text.slice(k) };
  }
  return null;
}

/**
 * "某集团有限公司张某" where the text says the names are of persons ("等2名个人"): an organisation's
 * full name, then the person, with no title between. Outside such a group "某公司成为" would pass.
 */
export function parseOrgAndName(text: string): PersonMention | null {
  const t = text.trim();
  for (const k of [3, 2]) {
    const org = cleanName(t.slice(0, -k));
    if (t.length > k + 4 && isPersonName(t.slice(-k)) && isOrgName(org) && /(?:公司|集团|医院|研究院|研究所|大学|学院|中心|厂)$/.test(org))
      return { name: t.slice(-k), affiliation: org, role: null };
  }
  return null;
}
