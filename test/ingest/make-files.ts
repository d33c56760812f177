// Real .docx and .pdf files for the tests, written by libraries (docx, pdf-lib), not mocks.
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, PDFName, PDFNumber, type PDFRef, PDFString } from "pdf-lib";

/** A notice in our own words (names invented): an award decision and two targets. */
export const NOTICE = [
  "绵阳市人民政府关于表彰2022年度绵阳市市长质量奖获奖单位的决定",
  "各县（市、区）人民政府，市级各部门：",
  "经组织申报、资料评审和社会公示，市政府决定授予绵阳川岳精密机械股份有限公司、绵阳青禾纺织科技有限公司2022年度绵阳市市长质量奖；授予绵阳启明电缆有限公司2022年度绵阳市市长质量奖提名奖。",
  "到2025年，全市制造业产品质量合格率稳定在95%以上，新增主导制定国家标准20项。",
  "绵阳市人民政府",
  "2023年2月10日",
];

/** A .docx with one Word paragraph per line. */
export async function makeDocx(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ text: l })) }] });
  return Packer.toBuffer(doc);
}

/**
 * A PDF whose pages hold the given lines in a CID-keyed font (Identity-H, two bytes per
 * character) with a ToUnicode map, as Chinese PDFs carry their text layer. No glyphs are
 * embedded: the text layer is what qkg reads.
 */
export async function makePdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const ctx = pdf.context;
  const toUnicode = ctx.register(
    ctx.stream(
      [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
        "1 beginbfrange <0000> <FFFF> <0000> endbfrange",
        "endcmap CMapName currentdict /CMap defineresource pop end end",
      ].join("\n"),
    ),
  );
  const descendant = ctx.obj({
    Type: "Font",
    Subtype: "CIDFontType2",
    BaseFont: "SimSun",
    CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
    FontDescriptor: ctx.register(
      ctx.obj({
        Type: "FontDescriptor",
        FontName: "SimSun",
        Flags: 4,
        FontBBox: [0, -200, 1000, 900],
        ItalicAngle: 0,
        Ascent: 900,
        Descent: -200,
        CapHeight: 700,
        StemV: 80,
      }),
    ),
    CIDToGIDMap: "Identity",
    DW: 1000,
  });
  const font: PDFRef = ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: "SimSun",
      Encoding: "Identity-H",
      DescendantFonts: [ctx.register(descendant)],
      ToUnicode: toUnicode,
    }),
  );
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    page.node.setFontDictionary(PDFName.of("F1"), font);
    const ops = ["BT", "/F1 11 Tf", "14 TL", "40 800 Td"];
    for (const line of wrap(lines, 40)) ops.push(`<${hex(line)}> Tj T*`);
    ops.push("ET");
    page.node.set(PDFName.of("Contents"), ctx.register(ctx.stream(ops.join("\n"))));
    page.node.set(PDFName.of("Rotate"), PDFNumber.of(0));
  }
  return pdf.save({ useObjectStreams: false });
}

/** Lines cut at `width` characters, as a page layout wraps them. */
function wrap(lines: string[], width: number): string[] {
  return lines.flatMap((l) => l.match(new RegExp(`[^]{1,${width}}`, "gu")) ?? [""]);
}

/** UTF-16 code units as hex: the CIDs of the Identity-H font above. */
function hex(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, "0");
  return out;
}
