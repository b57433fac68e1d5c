// The files an administrator or a pack author works from: managed_schema.json (Chrome's policy schema for
// storage.managed), examples/policy.json and examples/team-pack.json. The schema must be one Chrome accepts, name
// exactly what settings.readPolicy reads, and keep every field a pack has (Chrome drops undeclared properties).
// The options page's pack check must give the CLI's verdict, error for error and line for line.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { formatPackError } from '../src/lessons/pack';
import { LessonSchema, PackSchema } from '../src/lessons/schema';
import { scratchDir } from './support/scratch-dir';

vi.mock('../src/browser', () => ({ default: {}, extensionAlive: () => true }));
const settings = await import('../src/settings');

const root = resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as Record<string, unknown>;
const schema = readJson('managed_schema.json');
type Node = Record<string, unknown>;

// Chrome's policy schema format (components/policy/core/common/schema.cc): one `type` per node (or a `$ref`), and
// only these attributes for each type. Chrome ignores other attributes in an extension's schema; we allow none, so
// nothing in the file looks like a rule that Chrome would not enforce.
const ATTRIBUTES: Record<string, string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

/** Chrome's rules for a valid schema, as a list of problems (empty when Chrome would load it). */
function chromeSchemaProblems(node: Node, path = '(root)'): string[] {
  const type = node.type;
  if (typeof type !== 'string' || !(type in ATTRIBUTES)) return [`${path}: needs one type of ${Object.keys(ATTRIBUTES).join(', ')}`];
  const problems = Object.keys(node).filter((key) => !ATTRIBUTES[type]!.includes(key)).map((key) => `${path}: "${key}" is not a ${type} attribute`);
  if (Array.isArray(node.enum)) {
    const itemType = type === 'integer' ? 'number' : 'string';
    if (!node.enum.length || node.enum.some((v) => typeof v !== itemType)) problems.push(`${path}: enum must list ${type}s`);
  }
  if (typeof node.minimum === 'number' && typeof node.maximum === 'number' && node.minimum > node.maximum) problems.push(`${path}: minimum > maximum`);
  if (type === 'array') {
    if (typeof node.items !== 'object' || node.items === null) problems.push(`${path}: an array needs an items schema`);
    else problems.push(...chromeSchemaProblems(node.items as Node, `${path}[]`));
  }
  if (type === 'object') {
    const properties = (node.properties ?? {}) as Record<string, Node>;
    for (const [key, sub] of Object.entries(properties)) problems.push(...chromeSchemaProblems(sub, `${path}.${key}`));
    for (const key of (node.required as string[] | undefined) ?? []) if (!(key in properties)) problems.push(`${path}: required "${key}" is not a property`);
  }
  return problems;
}

/** The schema as Chrome applies it to a value: properties it does not declare are dropped, so here they are errors. */
function closed(node: Node): Node {
  const out: Node = { ...node };
  if (node.type === 'object') {
    out.properties = Object.fromEntries(Object.entries((node.properties ?? {}) as Record<string, Node>).map(([k, v]) => [k, closed(v)]));
    if (!('additionalProperties' in node) && !('patternProperties' in node)) out.additionalProperties = false;
  }
  if (node.type === 'array') out.items = closed(node.items as Node);
  return out;
}

const validator = (node: Node) => new Ajv({ allErrors: true, strict: true }).compile(closed(node));
const properties = (node: unknown) => Object.keys(((node as Node).properties ?? {}) as Node).sort();

describe('managed_schema.json', () => {
  it('is a schema Chrome loads: an object at the top, without additionalProperties there, every node typed', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('patternProperties');
    expect(chromeSchemaProblems(schema)).toEqual([]);
  });

  it('names exactly the policy keys settings.readPolicy reads, and every preference', () => {
    const read = new Set<string>();
    settings.readPolicy(new Proxy({}, { get: (_t, key) => (read.add(String(key)), undefined) }));
    expect(properties(schema)).toEqual([...read].sort());
    const prefs = (schema.properties as Record<string, Node>).preferences!;
    expect(properties(prefs)).toEqual(Object.keys(settings.DEFAULT_PREFERENCES).sort());
  });

  it('declares every field a pack and a lesson have, so Chrome passes packs through whole', () => {
    const pack = ((schema.properties as Record<string, Node>).packs!.items ?? {}) as Node;
    const lesson = ((pack.properties as Record<string, Node>).lessons!.items ?? {}) as Node;
    expect(properties(pack)).toEqual(Object.keys(PackSchema.entries).sort());
    expect(properties(lesson)).toEqual(Object.keys(LessonSchema.entries).sort());
    expect(properties((lesson.properties as Record<string, Node>).source)).toEqual(Object.keys(LessonSchema.entries.source.entries).sort());
  });

  it('accepts examples/policy.json, which settings.readPolicy reads without a problem', () => {
    const policy = readJson('examples/policy.json');
    const validate = validator(schema);
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    const read = settings.readPolicy(policy);
    expect(read.problems).toEqual([]);
    expect(read.packs.map((p) => p.id)).toEqual(['acme-essentials']);
    expect(read.sitesOn).toEqual(['https://support.acme.example']);
    expect(read.sitesOff).toEqual(['https://mail.google.com']);
    expect(read.lockedPreferences).toEqual({ limit: 3, coach: true });
  });

  it('accepts the example team pack as a policy pack', () => {
    const validate = validator(schema);
    const policy = { packs: [readJson('examples/team-pack.json')] };
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    expect(settings.readPolicy(policy).problems).toEqual([]);
  });
});

describe('examples/team-pack.json: the CLI and the options page give one verdict', () => {
  const cli = resolve(root, 'dist/cli.mjs');
  const checkPack = (file: string) => spawnSync(process.execPath, [cli, 'check-pack', file], { encoding: 'utf8' });
  const goodFile = resolve(root, 'examples/team-pack.json');
  const good = readFileSync(goodFile, 'utf8');
  const scratch = scratchDir('pack');

  it('passes check-pack, and previewPack shows the same pack', () => {
    const run = checkPack(goodFile);
    expect(run.status, run.stderr).toBe(0);
    const preview = settings.previewPack(good);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(run.stdout).toBe(`${goodFile}: valid pack "${preview.pack.name}" with ${preview.pack.lessons.length} lesson(s)\n`);
    expect(preview.pack.lessons).toHaveLength(3);
    for (const lesson of preview.pack.lessons) expect(lesson.source.article).toBe('Our team playbook');
  });

  it('reports a broken copy with the same errors on the same lines', () => {
    const broken = good
      .replace('"topics": ["keep-informed", "keep-the-promise"]', '"topics": ["kindness"]')
      .replace('"title": "No receipt for a gift: find the order for them",', '"title": "No receipt for a gift: find the order for them",\n      "colour": "red",')
      .replace('"exchange"\n', '"Wrong size"\n'); // a cue listed twice
    expect(broken).not.toBe(good);
    const file = join(scratch, 'broken.json');
    writeFileSync(file, broken);
    const run = checkPack(file);
    expect(run.status).toBe(1);
    const preview = settings.previewPack(broken);
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    expect(preview.errors.map((e) => e.path)).toEqual(['lessons[0].topics[0]', 'lessons[1].colour', 'lessons[2].cues']);
    expect(run.stderr.trimEnd().split('\n')).toEqual(preview.errors.map((e) => `${file}: ${formatPackError(e)}`));
    const lines = broken.split('\n');
    expect(lines[preview.errors[0]!.line! - 1]).toContain('kindness');
    expect(lines[preview.errors[1]!.line! - 1]).toContain('colour');
  });
});
