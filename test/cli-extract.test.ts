/**
 * `forewarn extract` in a child process, as a user runs it: formats, several
 * inputs, stdin, bad options and bad files, and `--explain`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/shared.js';

const bin = join(projectRoot, 'bin', 'forewarn.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, 'extract', ...args], { encoding: 'utf8', input, cwd: projectRoot });

const dir = mkdtempSync(join(tmpdir(), 'forewarn-extract-'));
const report = join(dir, 'harbour-report.txt');
writeFileSync(
  report,
  'Police arrested three men in Mombasa on Tuesday, a police spokesman said.\n"We acted on a tip," the spokesman told reporters.\n',
);
const page = join(dir, 'page.html');
writeFileSync(
  page,
  '<html><head><title>Harbour arrests</title><script>var tracking = "SECRET-TRACKER";</script></head><body><nav>Home | World</nav><article><p>Police arrested three men in Mombasa on Tuesday, a police spokesman said.</p></article></body></html>',
);

describe('forewarn extract', () => {
  it('prints one contract object for one file, with the publication date given', () => {
    const r = run(['--published', '2026-10-08', report]);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.schema).toBe('extraction/1');
    expect(x.document).toMatchObject({ id: 'harbour-report', published: '2026-10-08', language: 'en' });
    expect(x.text).toBeUndefined();
  });

  it('prints an array for several inputs and one line per document with jsonl', () => {
    const several = JSON.parse(run([report, page]).stdout);
    expect(Array.isArray(several)).toBe(true);
    expect(several).toHaveLength(2);
    const lines = run(['--format', 'jsonl', report, page]).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).document.id)).toEqual(['harbour-report', 'page']);
  });

  it('reads the main text of an HTML page, drops its scripts, and includes it with --with-text', () => {
    const x = JSON.parse(run(['--with-text', page]).stdout);
    expect(x.document.title).toBe('Harbour arrests');
    expect(x.text).toContain('Police arrested three men');
    expect(x.text).not.toContain('SECRET-TRACKER');
    expect(x.document.length).toBe(x.text.length);
  });

  it('reads standard input with -', () => {
    const r = run(['--id', 'from-stdin', '-'], 'Officials said on Monday that the border was closed after the attack.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document.id).toBe('from-stdin');
  });

  it('gives a readable text summary', () => {
    const r = run(['--format', 'text', '--published', '2026-10-08', report]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('harbour-report');
    expect(r.stdout).toMatch(/Claims \(\d+\)/);
  });

  it('refuses bad options with status 2 and a clear message', () => {
    const badFormat = run(['--format', 'xml', report]);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of');
    const badDate = run(['--published', 'yesterday', report]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--published');
  });

  it('reports a bad file and goes on; fails only when nothing could be processed', () => {
    const binary = join(dir, 'blob.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7]));
    const mixed = run(['--format', 'jsonl', binary, report]);
    expect(mixed.status).toBe(0);
    expect(mixed.stderr).toContain('binary_input');
    expect(mixed.stdout.trim().split('\n')).toHaveLength(1);
    const none = run([binary, join(dir, 'missing.txt')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('unreadable');
  });
});

// our own text: an attack with a group, a place and a count, and a warning between two governments
const incident = join(dir, 'depot-incident.txt');
writeFileSync(
  incident,
  'Gunmen from al-Shabaab attacked a bus depot in Mombasa on Monday, killing at least 12 people, police said.\n' +
    'The United States had warned Kenya of a possible attack by al-Shabaab on a bus depot days before the attack.\n',
);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(projectRoot, 'docs', 'schema', 'extraction-v1.schema.json'), 'utf8')),
);

describe('forewarn extract --explain', () => {
  type Item = { explanation?: { stage: string; rule: string; detail?: string } };
  const items = (x: { entities: Item[]; events: Item[]; warnings: Item[] }) => [
    ...x.entities,
    ...x.events,
    ...x.warnings,
  ];

  it('gives every entity, event and warning a rule, and the JSON still validates', () => {
    const r = run(['--explain', '--published', '2026-10-08', incident]);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.entities.length).toBeGreaterThan(0);
    expect(x.events.length).toBeGreaterThan(0);
    expect(x.warnings.length).toBeGreaterThan(0);
    for (const item of items(x)) expect(item.explanation?.rule).toMatch(/^[a-z]+(-[a-z]+)*(:[a-z]+(-[a-z]+)*)?$/);
    const stages = (list: Item[]) => new Set(list.map((i) => i.explanation?.stage));
    expect(stages(x.entities)).toEqual(new Set(['entities']));
    expect(stages(x.warnings)).toEqual(new Set(['warnings']));
    const attack = x.events.find((e: { type: string }) => e.type === 'attack');
    expect(attack.explanation.rule).toBe('trigger:attack');
    expect(attack.explanation.detail).toContain('"attacked"');
    expect(attack.explanation.detail).toContain('relative to published');
    expect(attack.explanation.detail).toContain('killed at_least 12');
    expect(x.warnings[0].explanation.rule).toBe('warning-cue:warn-verb');
    expect(validate(x) ? [] : validate.errors).toEqual([]);
  });

  it('leaves explanations out without the flag, in json and jsonl alike', () => {
    const plain = JSON.parse(run(['--published', '2026-10-08', incident]).stdout);
    expect(items(plain).length).toBeGreaterThan(0);
    expect(items(plain).filter((i) => 'explanation' in i)).toEqual([]);
    const lines = run(['--format', 'jsonl', '--explain', '--published', '2026-10-08', incident, report])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const x of lines) for (const item of items(x)) expect(item.explanation?.rule).toBeTruthy();
  });

  it('prints a "why:" line under each item in text, and none without the flag', () => {
    const explained = run(['--format', 'text', '--explain', '--published', '2026-10-08', incident]).stdout;
    const x = JSON.parse(run(['--explain', '--published', '2026-10-08', incident]).stdout);
    const whyLines = explained.split('\n').filter((l) => /^ {6}why: /.test(l));
    // one per entity, event and warning, and one per claim or contradiction those stages explain
    const others = [...x.claims, ...(x.contradictions ?? [])].filter((c: Item) => c.explanation).length;
    expect(whyLines).toHaveLength(items(x).length + others);
    expect(explained).toMatch(/why: gazetteer:armed-group — first mention "al-Shabaab"/);
    expect(explained).toMatch(/why: trigger:attack — trigger "attacked"/);
    const plain = run(['--format', 'text', '--published', '2026-10-08', incident]).stdout;
    expect(plain).not.toContain('why:');
  });

  it('says what --explain does in --help', () => {
    const help = spawnSync(process.execPath, [bin, 'extract', '--help'], { encoding: 'utf8', cwd: projectRoot }).stdout;
    expect(help).toContain('--explain');
    expect(help).toContain('why:');
  });
});
