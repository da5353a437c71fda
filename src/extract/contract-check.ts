/**
 * Checks of the extraction contract that its JSON Schema cannot express:
 * spans inside the text, text fields equal to their spans, unique item ids,
 * entity and claim references that resolve. Used by the contract tests and
 * available to anything that accepts extractions from elsewhere.
 */
import type { Extraction } from './contract.js';

type SpanLike = [number, number];

/** Problems found, as readable lines; empty when the extraction is sound. */
export function contractProblems(x: Extraction, text: string): string[] {
  const problems: string[] = [];
  const spanOk = (s: SpanLike | null | undefined, where: string) => {
    if (!s) return;
    if (!(s[0] >= 0 && s[1] <= text.length && s[0] <= s[1]))
      problems.push(`${where}: span ${s} outside text (${text.length})`);
  };
  const textOk = (t: { text: string; span: SpanLike }, where: string) => {
    spanOk(t.span, where);
    if (text.slice(t.span[0], t.span[1]) !== t.text) problems.push(`${where}: text field differs from its span`);
  };
  const ids = new Set(x.entities.map((e) => e.id));
  const ref = (id: string | null | undefined, where: string) => {
    if (id != null && !ids.has(id)) problems.push(`${where}: unknown entity ${id}`);
  };
  if (x.document.length !== text.length) problems.push('document.length differs from the text length');
  const all = [...x.entities, ...x.events, ...x.claims, ...x.warnings].map((i) => i.id);
  if (new Set(all).size !== all.length) problems.push('item ids are not unique');
  for (const e of x.entities)
    e.mentions.forEach((m, k) => {
      spanOk(m as SpanLike, `entity ${e.id} mention ${k}`);
    });
  for (const ev of x.events) {
    spanOk(ev.evidence as SpanLike, `event ${ev.id}`);
    ref(ev.location, `event ${ev.id} location`);
    for (const a of ev.actors) ref(a, `event ${ev.id} actor`);
    for (const t of ev.targets ?? []) ref(t, `event ${ev.id} target`);
  }
  for (const c of x.claims) {
    textOk(c.cue as { text: string; span: SpanLike }, `claim ${c.id} cue`);
    textOk(c.content as { text: string; span: SpanLike }, `claim ${c.id} content`);
    ref(c.speaker.entity, `claim ${c.id} speaker`);
  }
  for (const w of x.warnings) {
    spanOk(w.evidence as SpanLike, `warning ${w.id}`);
    for (const r of [w.issuer, w.recipient, w.threat_actor]) ref(r, `warning ${w.id}`);
  }
  const claimIds = new Set(x.claims.map((c) => c.id));
  for (const c of x.contradictions ?? [])
    for (const id of c.claims) if (!claimIds.has(id)) problems.push(`contradiction: unknown claim ${id}`);
  return problems;
}
