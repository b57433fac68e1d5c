// Every UI string, by key: the browser's own i18n inside the extension, the bundled English file elsewhere (tests, the CLI).
import messages from '../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

interface Entry {
  message: string;
  placeholders?: Readonly<Record<string, { content: string }>>;
}

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

const bundled: Readonly<Record<MessageKey, Entry>> = messages;

function browserI18n(): I18nApi | undefined {
  const api = (globalThis as { chrome?: { i18n?: Partial<I18nApi> } }).chrome?.i18n;
  return typeof api?.getMessage === 'function' ? (api as I18nApi) : undefined;
}

/** The message for `key` with $1..$9 replaced by `substitutions`. Never throws; an unknown key gives the key. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  try {
    // getMessage throws once the extension is reloaded under a live page ("Extension context invalidated").
    const fromBrowser = browserI18n()?.getMessage(key, substitutions);
    if (fromBrowser) return fromBrowser;
  } catch {
    // fall through to the bundled English
  }
  const entry = bundled[key] as Entry | undefined;
  return entry ? format(entry, substitutions) : key;
}

/** Chrome's message format: $NAME$ placeholders (case-insensitive) hold $1..$9; $$ is a literal dollar sign. */
export function format(entry: Entry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return expanded.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

/** "1 lesson", "3 lessons": a count of lessons, as the popup's search and the options page's packs say it. */
export function lessonCount(n: number): string {
  return n === 1 ? t('popupLessonCountOne') : t('popupLessonCountMany', String(n));
}
