// Word .docx through mammoth's raw text: one line per paragraph (table cells are paragraphs too).
import mammoth from "mammoth";
import { UnreadableFile } from "./decode.js";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    return value;
  } catch (e) {
    throw new UnreadableFile("undecodable", `the .docx cannot be read (${(e as Error).message})`);
  }
}
