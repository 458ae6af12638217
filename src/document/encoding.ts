/**
 * Turns the bytes of a text file into a string. Order: byte-order mark; strict UTF-8; UTF-16
 * without BOM (recognised by its zero bytes); GB18030 (a superset of GBK/GB2312, which many
 * Chinese reports use) when the decoded text looks like Chinese; Windows-1252 as a last resort.
 * Binary content (executables, images renamed .txt) is rejected rather than shown as garbage.
 */
import { DocumentImportError } from "./types";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** How the encoding was chosen, for a warning when it was a guess. */
  guessed: boolean;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return decode(bytes, encoding, true);
  } catch {
    return undefined;
  }
}

/** Share of zero bytes at even and odd offsets in a sample; UTF-16 text has many at one parity. */
function zeroByteParity(sample: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const half = Math.max(1, sample.length / 2);
  return { even: even / half, odd: odd / half };
}

/** Control characters other than tab, newline, carriage return, form feed and escape mark binary data. */
function controlCharacterShare(text: string): number {
  let controls = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0xfffd || (c >= 0x7f && c < 0xa0))
      controls++;
  }
  return n === 0 ? 0 : controls / n;
}

/** Share of the non-ASCII characters that are common Chinese text (CJK ideographs, CJK and full-width punctuation). */
function chineseShare(text: string): number {
  let nonAscii = 0;
  let chinese = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x2014 || c === 0x2026 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xb7)
      chinese++;
  }
  return nonAscii === 0 ? 0 : chinese / nonAscii;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

function binaryError(fileName: string): DocumentImportError {
  return new DocumentImportError(
    "binary",
    `${fileName} does not contain readable text (it looks like a binary file, perhaps renamed). Import the original report file (PDF, Word .docx, HTML, Markdown or text).`,
  );
}

export function decodeTextBytes(bytes: Uint8Array, fileName: string): DecodedText {
  const result = pickEncoding(bytes);
  if (controlCharacterShare(result.text) > 0.02) throw binaryError(fileName);
  return result;
}

function pickEncoding(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes, "utf-8"), encoding: "utf-8", guessed: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes, "utf-16le"), encoding: "utf-16le", guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes, "utf-16be"), encoding: "utf-16be", guessed: false };

  const sample = bytes.subarray(0, 4096);
  const zeros = zeroByteParity(sample);
  // Text in UTF-16 without BOM: ASCII characters leave a zero in every other byte.
  if (zeros.odd > 0.3 && zeros.even < 0.05) return { text: decode(bytes, "utf-16le"), encoding: "utf-16le", guessed: true };
  if (zeros.even > 0.3 && zeros.odd < 0.05) return { text: decode(bytes, "utf-16be"), encoding: "utf-16be", guessed: true };

  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", guessed: false };

  const gb = decode(bytes, "gb18030");
  // A file cut mid-character may end in one undecodable sequence; anything more is not GB18030.
  if (countReplacements(gb) <= 1 && chineseShare(gb) > 0.6) return { text: gb, encoding: "gb18030", guessed: true };
  const western = decode(bytes, "windows-1252");
  return { text: western, encoding: "windows-1252", guessed: true };
}
