/**
 * Document context shared by the event and warning stages: sentences
 * re-joined across the hard line wraps of wire copy, paragraphs, the
 * reference date and resolved dates, and an index of entity mentions.
 */

import type { ExtractionContext } from '../context.js';
import type { Entity, EntityType, Span } from '../contract.js';
import { type Dateline, type DateMention, findDateline, resolveDates } from '../dates.js';
import type { Analysis, Sentence, Token } from '../nlp.js';

export interface PlacedMention {
  entity: Entity;
  span: Span;
}

export interface DocContext {
  a: Analysis;
  dateline: Dateline | null;
  reference: string | null;
  dates: DateMention[];
  /** entity mentions in text order */
  mentions: PlacedMention[];
  /** paragraph index of each sentence */
  paragraphOf: number[];
  /** sentence index of the title line, if the document opens with one */
  titleSentence: number | null;
}

/**
 * Hard-wrapped text (wire copy, ~70-character lines, blank lines between
 * paragraphs) has a line break inside almost every sentence; the analysis
 * cuts sentences at line breaks, so re-join the pieces a wrap split.
 */
export function rejoinWrappedLines(a: Analysis, hardWrapped = isHardWrapped(a.text)): Analysis {
  if (!hardWrapped) return a;
  const tokens: Token[] = a.tokens.map((t) => ({ ...t }));
  const sentences: Sentence[] = [];
  let current: Sentence | null = null;
  for (const s of a.sentences) {
    const prevEnd = current ? current.end : 0;
    const gap = a.text.slice(prevEnd, s.start);
    const prevText = current ? a.text.slice(current.start, current.end) : '';
    const continues =
      current !== null && !/\n[ \t]*\n/.test(gap) && !/[.!?:"]\s*$/.test(prevText) && !/--\s*$/.test(prevText);
    if (continues && current) {
      current.end = s.end;
      current.tokenEnd = s.tokenEnd;
      current.text = a.text.slice(current.start, current.end);
    } else {
      current = { ...s, i: sentences.length };
      sentences.push(current);
    }
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k];
      if (t) t.sentence = current.i;
    }
  }
  return { text: a.text, tokens, sentences };
}

/**
 * Wire copy wraps its lines at about 70 characters; a report of one paragraph has no blank line, but its
 * lines still end in the middle of sentences, where web copy (a line per paragraph) ends them.
 */
function isHardWrapped(text: string): boolean {
  const nonEmpty = text.split('\n').filter((l) => l.trim().length > 0);
  const wrapped = nonEmpty.filter((l) => l.trim().length >= 45 && l.length <= 90).length;
  if (nonEmpty.length < 4 || wrapped / nonEmpty.length < 0.6) return false;
  if (/\n[ \t]*\n/.test(text)) return true;
  const openEnded = nonEmpty.slice(0, -1).filter((l) => !/[.!?:"”]\s*$/.test(l)).length;
  return openEnded / (nonEmpty.length - 1) >= 0.6;
}

function paragraphs(a: Analysis, hardWrapped: boolean): number[] {
  const out: number[] = [];
  let p = 0;
  // hard-wrapped copy parts paragraphs with blank lines only (none at all: one paragraph)
  const blankLines = hardWrapped || /\n[ \t]*\n/.test(a.text);
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i];
    const prev = a.sentences[i - 1];
    if (s && prev) {
      const gap = a.text.slice(prev.end, s.start);
      // without blank lines, every line is a paragraph (web copy); with them, only blank lines part paragraphs
      if (blankLines ? /\n[ \t]*\n/.test(gap) : gap.includes('\n')) p++;
    }
    out.push(p);
  }
  return out;
}

export function buildDocContext(analysis: Analysis, entities: Entity[], ctx: ExtractionContext): DocContext {
  const hardWrapped = isHardWrapped(analysis.text);
  const a = rejoinWrappedLines(analysis, hardWrapped);
  const dateline = findDateline(a.text);
  const reference = dateline?.date ?? ctx.published;
  const dates = resolveDates(a.text, reference).filter(
    (d) => !dateline || d.span[0] >= dateline.span[1] || d.span[1] <= dateline.span[0],
  );
  const mentions: PlacedMention[] = [];
  for (const entity of entities) for (const span of entity.mentions) mentions.push({ entity, span });
  mentions.sort((x, y) => x.span[0] - y.span[0]);
  const first = a.sentences[0];
  const titleSentence =
    first && a.sentences.length > 1 && !/[.!?"”]\s*$/.test(first.text) && a.text.slice(first.end).startsWith('\n')
      ? 0
      : null;
  return { a, dateline, reference, dates, mentions, paragraphOf: paragraphs(a, hardWrapped), titleSentence };
}

export function mentionsIn(doc: DocContext, span: Span, types?: EntityType[]): PlacedMention[] {
  return doc.mentions.filter(
    (m) => m.span[0] >= span[0] && m.span[1] <= span[1] && (!types || types.includes(m.entity.type)),
  );
}

export function datesIn(doc: DocContext, span: Span): DateMention[] {
  return doc.dates.filter((d) => d.span[0] >= span[0] && d.span[1] <= span[1]);
}

export function sentenceSpan(doc: DocContext, sentence: number): Span {
  const s = doc.a.sentences[sentence];
  return s ? [s.start, s.end] : [0, 0];
}

export const inside = (inner: Span, outer: Span) => inner[0] >= outer[0] && inner[1] <= outer[1];
