// The items of a list, and the arrows of a menu path.
import type { Span } from './span';

const NUMBERED = /(?:^|(?<=\s))(?:step\s+)?(\d{1,2})(?:[.):]|\/(?=\s))(?=\s+\S)|(?:^|(?<=\s))step\s+(\d{1,2})\b/gim;
// Numbers drawn as symbols: ① to ⑳, ❶ to ❿, ➀ to ➉, ➊ to ➓, and keycaps 1️⃣ to 9️⃣ and 🔟.
const SYMBOL_NUMBERED = /[\u2460-\u2473\u2776-\u2793]|([1-9])\uFE0F?\u20E3|\u{1F51F}/gu;
const BULLET_LINE = /^[ \t]*[-*](?=[ \t]+\S)/gm;
const BULLET_INLINE = /(?:^|(?<=\s))[•‣◦▪](?=\s*\S)/g;
// Arrows between actions: "sign in ➡️ Parking ➡️ Renew permit ➡️ pay", "Manage Booking ➜ Extras", "Settings > Billing".
// Any arrow character (the Arrows block, the dingbat and long arrows, ⬅ ⮕), "->", "=>", "»", "›", or a ">" between
// words on one line (not a quoted "> " line). Three or more make a list; one or two are a menu path.
const ARROW = /(?:\s(?:[\u2190-\u21FF\u2794-\u27BF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2B11\u2B95]\uFE0F?|->|=>|-->|»|›)|(?<=\S)[ \t]>)[ \t]*(?=\S)/gu;

/** The arrows between a menu path's items or a list's actions, each with the spaces round it. */
export function menuArrows(text: string): Span[] {
  return [...text.matchAll(ARROW)].map((m) => [m.index, m.index + m[0].length] as Span);
}

function symbolNumber(symbol: string, keycap: string | undefined): number {
  if (keycap) return Number(keycap);
  if (symbol === '\u{1F51F}') return 10;
  const code = symbol.codePointAt(0) ?? 0;
  if (code <= 0x2473) return code - 0x2460 + 1;
  return ((code - 0x2776) % 10) + 1;
}

/**
 * The items of a list: numbered 1, 2, 3… (on their own lines or inline, "1) … 2) …", "1/ … 2/ …", "Step 1: …",
 * ① ② ③, 1️⃣ 2️⃣), bullets, or three or more arrows between actions.
 */
export function listItems(text: string): Span[] {
  const starts: number[] = [];
  // Numbers count only as a run 1, 2, 3…: "version 2. Then" is not a list.
  const numbered = [
    ...[...text.matchAll(NUMBERED)].map((m) => ({ at: m.index, n: Number(m[1] ?? m[2]) })),
    ...[...text.matchAll(SYMBOL_NUMBERED)].map((m) => ({ at: m.index, n: symbolNumber(m[0], m[1]) })),
  ].sort((a, b) => a.at - b.at);
  let run: number[] = [];
  let expected = 1;
  const flush = () => {
    if (run.length >= 2) starts.push(...run);
    run = [];
    expected = 1;
  };
  for (const { at, n } of numbered) {
    if (n === 1) {
      flush();
      run = [at];
      expected = 2;
    } else if (n === expected) {
      run.push(at);
      expected++;
    }
  }
  flush();
  const bullets = [...text.matchAll(BULLET_LINE), ...text.matchAll(BULLET_INLINE)].map((m) => m.index);
  if (new Set(bullets).size >= 2) starts.push(...bullets);
  const arrowSpans = menuArrows(text);
  const arrows = arrowSpans.map(([start]) => start + 1);
  // Three arrows make a list; two do when what follows each is an action of a few words, not a menu's label
  // ("hold the button 15 secs → wait till the light turns white → reconnect", not "Settings > Cloud Save > Upload").
  if (arrows.length >= 3 || (arrows.length === 2 && arrowSpans.every(([, end], i) => wordsUpTo(text, end, arrowSpans[i + 1]?.[0]) >= 3))) starts.push(...arrows);
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  return sorted.map((start, i) => {
    const lineEnd = text.indexOf('\n', start + 1);
    const next = sorted[i + 1] ?? Number.POSITIVE_INFINITY;
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, next);
    return [start, text.slice(start, end).trimEnd().length + start] as Span;
  });
}

/** How many words stand from `from` to `to` (or the end of the line). */
function wordsUpTo(text: string, from: number, to: number | undefined): number {
  const lineEnd = text.indexOf('\n', from);
  const end = Math.min(to ?? Number.POSITIVE_INFINITY, lineEnd < 0 ? text.length : lineEnd);
  return text.slice(from, end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
