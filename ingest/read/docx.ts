// Word .docx through mammoth's raw text: one line per paragraph (table cells are paragraphs too).
import { UnreadableFile } from "./decode.js";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  // Loaded on the first .docx only: most ingests have none, and every ingest pays for its imports.
  const { default: mammoth } = await import("mammoth");
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    return value;
  } catch (e) {
    throw new UnreadableFile("undecodable", `the .docx cannot be read (${(e as Error).message})`);
  }
}
