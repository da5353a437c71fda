/**
 * A readable summary of one extraction for a person at a terminal
 * (`forewarn extract --format text`): who said what, what happened where and
 * when, who warned whom — with entity ids resolved to names. Items extracted
 * with `--explain` are each followed by an indented "why:" line (rule — detail).
 */
import type { Explanation, Extraction } from '../extract/contract.js';

const qualifierWords: Record<string, string> = {
  exact: '',
  at_least: 'at least ',
  approximately: 'about ',
  up_to: 'up to ',
  more_than: 'more than ',
};

function clip(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The "why:" line under an item extracted with `--explain` (rule — detail); nothing without an explanation. */
function why(out: string[], e: Explanation | undefined): void {
  if (e) out.push(`      why: ${e.rule}${e.detail ? ` — ${e.detail.replace(/\s+/g, ' ')}` : ''}`);
}

export function formatExtractionText(x: Extraction, text: string): string {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null | undefined) => (id ? (names.get(id) ?? id) : '?');
  const out: string[] = [];
  const d = x.document;
  out.push(`${d.id}${d.title ? ` — ${d.title}` : ''}`);
  out.push(`  published ${d.published ?? 'unknown'}, language ${d.language}, ${d.length} characters`);
  for (const n of x.notices ?? []) out.push(`  notice: ${n}`);

  if (x.entities.length) {
    out.push('', `Entities (${x.entities.length})`);
    for (const e of x.entities) {
      const aka = e.aliases.length ? ` (also ${e.aliases.join(', ')})` : '';
      const geo = e.geo
        ? ` [${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}${e.geo.country ? ` ${e.geo.country}` : ''}]`
        : '';
      out.push(`  ${e.type.padEnd(12)} ${e.name}${aka}${geo} ×${e.mentions.length}`);
      why(out, e.explanation);
    }
  }
  if (x.events.length) {
    out.push('', `Events (${x.events.length})`);
    for (const ev of x.events) {
      const parts = [`  ${ev.type}${ev.subtype ? `/${ev.subtype}` : ''}`, ev.date ?? 'undated'];
      if (ev.location) parts.push(`at ${name(ev.location)}`);
      if (ev.actors.length) parts.push(`by ${ev.actors.map(name).join(', ')}`);
      if (ev.killed) parts.push(`${qualifierWords[ev.killed.qualifier] ?? ''}${ev.killed.value} killed`);
      if (ev.injured) parts.push(`${qualifierWords[ev.injured.qualifier] ?? ''}${ev.injured.value} injured`);
      out.push(parts.join(' · '));
      out.push(`      “${clip(text.slice(ev.evidence[0], ev.evidence[1]))}”`);
      why(out, ev.explanation);
    }
  }
  if (x.claims.length) {
    out.push('', `Claims (${x.claims.length})`);
    for (const c of x.claims) {
      const who = c.speaker.text || '(no named source)';
      const badges = [
        c.quote,
        c.speaker.anonymous ? 'anonymous' : '',
        c.polarity === 'deny' ? 'DENIAL' : '',
        c.hedged ? `hedged: ${(c.hedges ?? []).join(', ')}` : '',
        c.via?.length ? `via ${c.via.join(', ')}` : '',
      ].filter(Boolean);
      out.push(`  ${who} — ${c.cue.text} [${badges.join('; ')}]`);
      out.push(`      “${clip(c.content.text)}”`);
      why(out, c.explanation);
    }
  }
  if (x.warnings.length) {
    out.push('', `Warnings (${x.warnings.length})`);
    for (const w of x.warnings) {
      const s = w.specificity;
      out.push(
        `  ${name(w.issuer)} → ${name(w.recipient)} (${w.issued ?? 'undated'})${w.threat_actor ? `, threat from ${name(w.threat_actor)}` : ''}`,
      );
      out.push(
        `      specificity: actor ${s.actor ? 'named' : 'unnamed'}, place ${s.location}, target ${s.target ? 'named' : 'unnamed'}, time ${s.time}`,
      );
      why(out, w.explanation);
    }
  }
  for (const c of x.contradictions ?? []) {
    out.push('', `Contradiction: ${c.claims.join(' × ')}${c.reason ? ` — ${c.reason}` : ''}`);
    why(out, c.explanation);
  }
  return `${out.join('\n')}\n`;
}
