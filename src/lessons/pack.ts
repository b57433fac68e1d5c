// Validates a lesson pack (custom or bundled) and says exactly where it is wrong: JSON path, line and column.
import * as v from 'valibot';
import { findNodeAtLocation, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { PackSchema, type LessonPack } from './schema';

export const MAX_PACK_BYTES = 1024 * 1024;

export interface PackError {
  /** Where in the pack, e.g. `lessons[3].topics[0]`; empty for the whole file. */
  path: string;
  /** 1-based line and column in the pack's text, when the pack came as text. */
  line?: number;
  column?: number;
  message: string;
}

export type PackVerdict = { ok: true; pack: LessonPack } | { ok: false; errors: PackError[] };

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out;
}

export function formatPackError(error: PackError): string {
  const where = [error.line !== undefined ? `line ${error.line}` : '', error.path].filter(Boolean).join(', ');
  return where ? `${where}: ${error.message}` : error.message;
}

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => {
    const key = (item as { key?: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
}

/** Checks an already-parsed value. Never throws. */
export function validatePack(value: unknown): PackVerdict {
  let result;
  try {
    result = v.safeParse(PackSchema, value);
  } catch (error) {
    // Hostile values (getters that throw, proxies) end up here rather than in the caller.
    return { ok: false, errors: [{ path: '', message: `cannot be read as a pack (${String(error)})` }] };
  }
  if (!result.success) {
    const seen = new Set<string>();
    const errors: PackError[] = [];
    for (const issue of result.issues) {
      const path = formatPath(issuePath(issue));
      const key = `${path}\u0000${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push({ path, message: describeIssue(issue) });
    }
    return { ok: false, errors };
  }
  const errors: PackError[] = [];
  const firstIndex = new Map<string, number>();
  result.output.lessons.forEach((lesson, index) => {
    const earlier = firstIndex.get(lesson.id);
    if (earlier === undefined) firstIndex.set(lesson.id, index);
    else errors.push({ path: `lessons[${index}].id`, message: `"${lesson.id}" is already the id of lessons[${earlier}]` });
  });
  return errors.length ? { ok: false, errors } : { ok: true, pack: result.output };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return `is missing (expected ${issue.expected})`;
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field lessons or packs have';
  if (issue.kind === 'schema' && issue.type !== 'picklist' && issue.type !== 'literal') {
    return `must be ${issue.expected ?? issue.type}, not ${issue.received}`;
  }
  return issue.message;
}

/** Checks a pack file's text: JSON syntax first, then the schema; every error carries its line. Never throws. */
export function validatePackText(source: string): PackVerdict {
  // Bytes as the file has them (UTF-8), not characters; a text longer in characters is too big in bytes anyway.
  const bytes = source.length > MAX_PACK_BYTES ? source.length : new TextEncoder().encode(source).length;
  if (bytes > MAX_PACK_BYTES) {
    return { ok: false, errors: [{ path: '', message: `is ${Math.round(bytes / 1024)} KB; a pack may be at most ${MAX_PACK_BYTES / 1024} KB` }] };
  }
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(source, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length || !root) {
    const errors = syntaxErrors.slice(0, 10).map((e) => ({
      path: '',
      ...lineAndColumn(source, e.offset),
      message: `JSON syntax: ${printParseErrorCode(e.error)}`,
    }));
    return { ok: false, errors: errors.length ? errors : [{ path: '', message: 'is empty, not a JSON pack' }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `JSON syntax: ${(error as Error).message}` }] };
  }
  const verdict = validatePack(value);
  if (verdict.ok) return verdict;
  return {
    ok: false,
    errors: verdict.errors.map((error) => ({ ...error, ...lineAndColumn(source, locate(root, error.path)) })),
  };
}

/** The offset of the deepest node that exists along a formatted path (a missing field points at its parent). */
function locate(root: Node, formatted: string): number {
  const path: JSONPath = [];
  for (const m of formatted.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    path.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] ?? '""') as string)));
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) {
      // For an unknown field, point at its key rather than its value.
      const keyNode = node.parent?.type === 'property' ? node.parent : undefined;
      return keyNode?.offset ?? node.offset;
    }
  }
  return root.offset;
}

function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
