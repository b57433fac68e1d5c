// UTF-16 files (what Windows Notepad's "Unicode" and PowerShell's `>` save). One that starts with a byte order mark is
// read as UTF-16, by the CLI and by the options page alike (textOf: Chromium's File.text() follows the mark, Firefox's
// reads UTF-8 only, so the page decodes the bytes itself). Without a BOM each ASCII character comes out as itself and
// a NUL: told apart from binary (looksUtf16) so the message can say what to do, save it as UTF-8.

/** A file's bytes as text: UTF-16 where its BOM says so (either byte order), else UTF-8 (a UTF-8 BOM is kept). */
export function textOf(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  // A stray last byte (a Unix tool's `echo >>` after a UTF-16 file) is left out, as a character it cannot be.
  return utf16 ? new TextDecoder(utf16).decode(bytes.subarray(2, bytes.length - (bytes.length % 2))) : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/**
 * A JSON text without the byte order mark Windows editors and PowerShell put before UTF-8: JSON.parse refuses it, so a
 * pack or a JSONL file with one reads as it would without.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Characters looked at: enough to see the pattern, bounded whatever the file's size. */
const SAMPLE = 512;

/** True when `text` is UTF-16 (either byte order, with or without a BOM) decoded as UTF-8. */
export function looksUtf16(text: string): boolean {
  const bom = text.startsWith('\uFFFD\uFFFD');
  const body = (bom ? text.slice(2) : text).slice(0, SAMPLE);
  // After a BOM, any NUL or undecodable byte (Latin or not, the text reads as neither UTF-8 nor binary).
  if (bom) return /[\u0000\uFFFD]/.test(body);
  // Without one: a NUL in nearly every other place and almost none between, the high byte of each Latin character
  // after it (little-endian) or before it (big-endian). A binary file has NULs in runs, in both places.
  let even = 0;
  let odd = 0;
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 0) i % 2 ? odd++ : even++;
  const pairs = Math.floor(body.length / 2);
  return pairs > 0 && Math.max(even, odd) >= pairs * 0.6 && Math.min(even, odd) <= pairs * 0.05;
}
