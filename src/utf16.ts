// UTF-16 files (what Windows Notepad's "Unicode" and PowerShell's `>` save). Chromium's File.text() reads one that
// starts with a byte order mark as UTF-16, so the options page takes such a pack: the CLI reads its files the same way
// (textOf). Without a BOM, or where a reader decodes UTF-8 only, each ASCII character comes out as itself and a NUL:
// told apart from binary (looksUtf16) so the message can say what to do, save it as UTF-8.

/** A file's bytes as text: UTF-16 where its BOM says so (either byte order), else UTF-8 (a UTF-8 BOM is kept). */
export function textOf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  return bytes.toString('utf8');
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
