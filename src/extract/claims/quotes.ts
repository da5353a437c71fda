/**
 * Finds quoted passages in a text: curly (“…”), straight ("…"), doubled
 * apostrophes (''…'', a newswire convention) and guillemets («…»).
 *
 * A quote opened in a paragraph and not closed there continues into the next
 * paragraph when that paragraph starts with an opening mark again (the
 * typographic convention for quotes running over several paragraphs);
 * otherwise it ends with its paragraph. Single curly or straight apostrophes
 * are left alone: they are far more often apostrophes than quote marks.
 */

export interface Quote {
  /** offset of the opening mark */
  open: number;
  /** inner content, without the marks, end exclusive */
  start: number;
  end: number;
  /** offset just after the closing mark (equals `end` when the quote ran to its paragraph's end) */
  close: number;
  /** true when the quote runs over more than one paragraph */
  multiParagraph: boolean;
}

type MarkKind = 'open' | 'close' | 'either';

interface Mark {
  kind: MarkKind;
  length: number;
}

function markAt(text: string, i: number): Mark | null {
  const ch = text[i];
  if (ch === '\u201C' || ch === '\u00AB' || ch === '\u201E') return { kind: 'open', length: 1 };
  if (ch === '\u201D' || ch === '\u00BB') return { kind: 'close', length: 1 };
  if (ch === '"') return { kind: 'either', length: 1 };
  if (ch === "'" && text[i + 1] === "'") return { kind: 'either', length: 2 };
  return null;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0' || ch === '\r';
}

/** Trims whitespace and a trailing comma (the comma of `“C,” she said` belongs to the attribution). */
function innerBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s && text[e - 1] === ',') e--;
  return [s, e];
}

/** All quoted passages of `text`, in order, without nesting. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  let contentStart = -1;
  let multi = false;
  const push = (endInner: number, close: number) => {
    const [s, e] = innerBounds(text, contentStart, endInner);
    if (e > s) quotes.push({ open: openAt, start: s, end: e, close, multiParagraph: multi });
    openAt = -1;
    multi = false;
  };
  let i = 0;
  while (i < text.length) {
    // only line breaks and marks matter: skip the rest without a string per character
    while (i < text.length && !mayMatter(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const ch = text[i]!;
    if (ch === '\n') {
      if (openAt >= 0) {
        // paragraph ends inside a quote: does the next paragraph reopen it?
        let j = i;
        while (j < text.length && (text[j] === '\n' || isSpace(text[j]))) j++;
        const next = markAt(text, j);
        if (next && next.kind !== 'close' && quoteCloses(text, j + next.length)) {
          multi = true;
          i = j + next.length;
          continue;
        }
        let lineEnd = i;
        while (lineEnd > contentStart && isSpace(text[lineEnd - 1])) lineEnd--;
        push(lineEnd, lineEnd);
      }
      i++;
      continue;
    }
    const mark = markAt(text, i);
    if (!mark) {
      i++;
      continue;
    }
    if (openAt < 0) {
      if (mark.kind !== 'close') {
        openAt = i;
        contentStart = i + mark.length;
      }
    } else if (mark.kind === 'open') {
      // an opening mark while open: the previous one was never closed
      openAt = i;
      contentStart = i + mark.length;
      multi = false;
    } else {
      push(i, i + mark.length);
    }
    i += mark.length;
  }
  if (openAt >= 0) {
    let lineEnd = text.length;
    while (lineEnd > contentStart && /\s/.test(text[lineEnd - 1]!)) lineEnd--;
    push(lineEnd, lineEnd);
  }
  return quotes;
}

/** A line break or a character that can begin a quote mark (see `markAt`). */
function mayMatter(c: number): boolean {
  return c === 10 || c === 34 || c === 39 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201e);
}

/**
 * Whether a paragraph starting at `from` (just after an opening mark) either
 * closes a quote or runs to its end without one, i.e. it is a quoted paragraph.
 */
function quoteCloses(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\n') return true;
    const mark = markAt(text, i);
    if (mark && mark.kind === 'open') return false;
    if (mark) return true;
  }
  return true;
}

/** Index of the quote containing offset `pos` (inner content or marks), or -1. */
export function quoteAt(quotes: Quote[], pos: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (pos < q.open) hi = mid - 1;
    else if (pos >= Math.max(q.close, q.end)) lo = mid + 1;
    else return mid;
  }
  return -1;
}
