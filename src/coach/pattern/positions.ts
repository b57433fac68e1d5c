// A draft's words indexed once, so each pattern looks its lookup word up instead of scanning the draft.
import type { DraftWord } from '../words';

/**
 * Where each word occurs in a draft, built once per draft, so a pattern looks its lookup word up instead of scanning:
 * exact words in a map, prefixes, suffixes and numbers by binary search in the draft's distinct words, sorted.
 */
export class WordPositions {
  private readonly at = new Map<string, number[]>();
  private sorted: string[] | undefined;
  private reversed: string[] | undefined;

  constructor(words: readonly DraftWord[]) {
    words.forEach((w, i) => {
      const list = this.at.get(w.word);
      if (list) list.push(i);
      else this.at.set(w.word, [i]);
    });
  }

  get(word: string): readonly number[] | undefined {
    return this.at.get(word);
  }

  /** The draft's distinct words from `low` (inclusive) to `high` (exclusive) in sort order. */
  private range(list: string[], low: string, high: string): string[] {
    const first = (key: string) => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid] as string) < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return list.slice(first(low), first(high));
  }

  /** The draft's distinct words, sorted when first asked for (most drafts' patterns need none). */
  private sortedWords(): string[] {
    return (this.sorted ??= [...this.at.keys()].sort());
  }

  withPrefix(prefix: string): string[] {
    return this.range(this.sortedWords(), prefix, prefix + '\uffff');
  }

  withSuffix(suffix: string): string[] {
    this.reversed ??= [...this.at.keys()].map(reverse).sort();
    const key = reverse(suffix);
    return this.range(this.reversed, key, key + '\uffff').map(reverse);
  }

  withNumber(): string[] {
    return this.range(this.sortedWords(), '0', ':');
  }
}

function reverse(word: string): string {
  return [...word].reverse().join('');
}

export function wordPositions(words: readonly DraftWord[]): WordPositions {
  return new WordPositions(words);
}
