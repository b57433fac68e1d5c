// A UTF-16 file (what Windows Notepad's "Unicode" and PowerShell's `>` save) read as UTF-8, as Node's readFileSync(…,
// 'utf8') and the browser's File.text() read every file: its byte order mark becomes two U+FFFD and each ASCII
// character a character and a NUL. Told apart from binary so the message can say what to do: save it as UTF-8.

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
