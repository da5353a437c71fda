/**
 * `forewarn story list|show`: the stories fusion built across the stored
 * reports (src/fuse, persisted by src/store/fusion.ts). Reading catches up
 * first: documents stored since the last fusion step are folded in now.
 *
 * - `story list [--db PATH] [--format text|json]`: JSON is
 *   `[{id, title, documents, incidents, first, last}]`, documents and
 *   incidents as counts, newest story first.
 * - `story show ID [--db PATH] [--format text|json]`: JSON is the story view
 *   of `FusionState.showStory` (incidents with figure timelines, entities,
 *   claim groups, contradictions, warnings with matches) plus `reports`
 *   (`{id, title, outlet, published, undated}` per document).
 *
 * Exit status: 0; 1 for an unknown story or a storage failure; 2 for bad options.
 *
 * Public surface: `registerStory(program, setStatus)`.
 */
import type { Command } from 'commander';
import { ForewarnError, isForewarnError } from '../errors.js';
import { type FusionState, type StoryDetail, type StoryListItem, storyDetail, storySummaries } from '../fuse/index.js';
import { openFusionStore } from '../store/fusion.js';
import { openStore } from '../store/index.js';
import { resolveDatabasePath } from './options.js';

function listText(items: StoryListItem[]): string {
  if (!items.length) return 'no stories (ingest some reports first: forewarn ingest PATH)';
  return items
    .map((s) => {
      const when = s.first ? (s.first === s.last ? s.first : `${s.first}..${s.last}`) : 'undated';
      return `${s.id.padEnd(6)} ${String(s.documents).padStart(3)} reports ${String(s.incidents).padStart(3)} incidents  ${when.padEnd(22)} ${s.title}`;
    })
    .join('\n');
}

function showText(s: StoryDetail): string {
  const out: string[] = [`${s.id}: ${s.title}`, '', `Reports (${s.reports.length}):`];
  for (const r of s.reports)
    out.push(
      `  ${r.id}  ${r.undated ? 'undated   ' : (r.published ?? '').slice(0, 10)}  ${r.outlet ?? '-'}: ${r.title ?? ''}`,
    );
  out.push('', `Incidents (${s.incidents.length}):`);
  for (const i of s.incidents) {
    out.push(
      `  ${i.id} ${i.subtype ?? i.type}${i.location ? ` in ${i.location.name}` : ''}, ${i.date ?? 'undated'}` +
        ` (${i.documents.length} reports)`,
    );
    for (const t of i.timelines) {
      const figures = t.figures
        .map(
          (f) =>
            `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${f.value} (${f.source.outlet ?? f.source.document}, ${f.reported ?? 'undated'})`,
        )
        .join(' → ');
      out.push(`    ${t.measure}: ${figures}${t.conflicting ? '  [conflicting]' : ''}`);
    }
  }
  out.push('', `Entities (${s.entities.length}):`);
  for (const e of s.entities)
    out.push(`  ${e.id} ${e.name} [${e.type}]${e.aliases.length ? ` aka ${e.aliases.join(', ')}` : ''}`);
  out.push('', `Claim groups (${s.claim_groups.length}):`);
  for (const g of s.claim_groups)
    out.push(`  ${g.id} ${g.independent_sources} independent source(s), ${g.claims.length} claim(s): ${g.proposition}`);
  out.push('', `Contradictions (${s.contradictions.length}):`);
  for (const c of s.contradictions) {
    out.push(`  ${c.kind}: ${c.reason}`);
    for (const side of c.sides)
      out.push(`    - ${side.speaker} (${side.source.outlet ?? side.source.document}): ${side.content}`);
  }
  out.push('', `Warnings (${s.warnings.length}):`);
  for (const w of s.warnings) {
    out.push(`  ${w.id} ${w.issuer?.name ?? 'unknown'} → ${w.recipient?.name ?? 'unknown'}, ${w.issued ?? 'undated'}`);
    for (const m of w.matches)
      out.push(
        `    borne out by ${m.incident} after ${m.lead_time_days} days; specific: ${m.specific.join(', ') || '-'}; missing: ${m.missing.join(', ') || '-'}`,
      );
  }
  return out.join('\n');
}

interface StoryCliOptions {
  db?: string;
  format: string;
}

async function withState<T>(db: string | undefined, work: (state: FusionState) => T): Promise<T> {
  const store = await openStore({ path: resolveDatabasePath(db) });
  try {
    const fusion = openFusionStore(store);
    if (!fusion) throw new ForewarnError('storage_failure', 'stories need the SQLite store');
    const state = await fusion.state();
    return work(state);
  } finally {
    await store.close();
  }
}

export function registerStory(program: Command, setStatus: (s: number) => void): void {
  const story = program
    .command('story')
    .description('stories fused across the stored reports: incidents, figures, claims, contradictions, warnings');

  const run = (name: string, opts: StoryCliOptions, body: () => Promise<string>): Promise<void> => {
    if (opts.format !== 'text' && opts.format !== 'json') {
      process.stderr.write(`forewarn story ${name}: --format must be text or json, got "${opts.format}"\n`);
      setStatus(2);
      return Promise.resolve();
    }
    return body().then(
      (out) => {
        process.stdout.write(`${out}\n`);
        setStatus(0);
      },
      (e) => {
        process.stderr.write(`forewarn story ${name}: ${isForewarnError(e) ? `${e.code}: ${e.message}` : String(e)}\n`);
        setStatus(1);
      },
    );
  };

  story
    .command('list')
    .description('every story, newest first (JSON: [{id, title, documents, incidents, first, last}], counts)')
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .option('--format <format>', 'text | json', 'text')
    .action((opts: StoryCliOptions) =>
      run('list', opts, () =>
        withState(opts.db, (state) => {
          const items = storySummaries(state);
          return opts.format === 'json' ? JSON.stringify(items, null, 2) : listText(items);
        }),
      ),
    );

  story
    .command('show')
    .description('one story: incidents with figure timelines, entities, claim groups, contradictions, warnings')
    .argument('<id>', 'story id, as listed by `forewarn story list`')
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .option('--format <format>', 'text | json', 'text')
    .action((id: string, opts: StoryCliOptions) =>
      run('show', opts, () =>
        withState(opts.db, (state) => {
          const detail = storyDetail(state, id);
          return opts.format === 'json' ? JSON.stringify(detail, null, 2) : showText(detail);
        }),
      ),
    );
}
