/**
 * The linguistic base every extractor stage reads: tokens with character
 * offsets and part-of-speech tags, and sentences, from wink-nlp's English
 * model (loaded once per process).
 *
 * wink-nlp is lossless (token values plus their preceding whitespace rebuild
 * the text exactly), so offsets are computed by walking the tokens; they are
 * UTF-16 code-unit offsets into the text as given. Sentences are also cut at
 * line breaks (headlines and datelines carry no full stop) and, in a text that
 * never ends one, every MAX_SENTENCE_TOKENS tokens.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface Token {
  /** index in `Analysis.tokens` */
  i: number;
  text: string;
  /** lower-case normal form */
  lower: string;
  /** universal POS tag from wink (PROPN, NOUN, VERB, AUX, ADP, PUNCT, NUM, ...) */
  pos: string;
  /** wink token type (word, number, punctuation, email, url, ...) */
  type: string;
  /** wink lemma */
  lemma: string;
  start: number;
  end: number;
  /** sentence index */
  sentence: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** token index range, end exclusive */
  tokenStart: number;
  tokenEnd: number;
  text: string;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

type Wink = ReturnType<typeof winkNLP>;
let nlpInstance: Wink | undefined;
/** the id wink gives the first word outside its lexicon (see `inLexicon`) */
let firstUnknownId = 0;
function nlp(): Wink {
  if (nlpInstance) return nlpInstance;
  // Only sentence breaks and tags: the stages never read wink's entities, negation or sentiment, and
  // leaving those passes out changes no token, tag, lemma or sentence (checked on the dev sets) while
  // saving about a third of the time wink spends on a document.
  nlpInstance = winkNLP(model, ['sbd', 'pos']);
  // words outside the lexicon get ids after it, in the order they are first read: one read before any
  // document marks where the lexicon ends
  firstUnknownId = nlpInstance.readDoc('qzxjqvkw').tokens().out(nlpInstance.its.uniqueId)[0] as unknown as number;
  // filled in advance so that the array stays a dense one whatever order the ids come in
  formsById.length = 0;
  for (let k = 0; k < firstUnknownId; k++) formsById.push(undefined);
  return nlpInstance;
}

/**
 * Whether a lower-case word is one token of wink's English lexicon. Asked of the analysing instance (the
 * words documents add come after the lexicon) rather than of a second instance: loading the model
 * again cost every process about 70 ms. Same answers on the 340,000 distinct words of the shared sets.
 */
export function inLexicon(lower: string): boolean {
  const engine = nlp();
  const ids = engine.readDoc(lower).tokens().out(engine.its.uniqueId) as unknown as number[];
  return ids.length === 1 && (ids[0] ?? firstUnknownId) < firstUnknownId;
}

/**
 * What wink says of one word form whatever its context: a function of its uniqueId alone (wink's id of a
 * lexeme never changes within a process), so it is read from wink once and kept across documents.
 */
interface WordForm {
  text: string;
  /** `text.length`, kept here so that the string itself need not be read for each token */
  length: number;
  lower: string;
  type: string;
  /** whitespace only (a line break, a tab): such tokens are skipped, only noting a line break */
  blank: boolean;
  /** wink's lemma depends on the tag as well: the one for the tag last asked, others in `lemmas` */
  pos: string;
  lemma: string;
  lemmas: Map<string, string> | undefined;
}

/**
 * Word forms by wink uniqueId. Reading value, type and lemma through this cache instead of three
 * whole-document `out()` passes (the lemma one alone cost about 20 ms a round of the dev sets) took
 * analyse from about 1.5x to 1.2x the CPU time of wink's readDoc alone. Ids are dense
 * (the lexicon's first, then the words documents bring, numbered in the order first read: a third of
 * news tokens, capitalised forms included), so an array indexed by id holds the forms (a Map lookup per
 * token cost as much as the passes it replaced). Bounded: past `MAX_ARRAY_ID` (about 400,000 words
 * beyond the lexicon, some tens of MB of forms) new words go to a Map that is emptied when it grows
 * past a bound; wink's own lexicon keeps growing with every new word in any case.
 */
const formsById: (WordForm | undefined)[] = [];
const MAX_ARRAY_ID = 500_000;
const otherForms = new Map<number, WordForm>();
const MAX_OTHER_FORMS = 100_000;

function formOf(tokensOut: WinkTokens, i: number, id: number): WordForm {
  if (id < formsById.length) {
    const known = formsById[id];
    if (known !== undefined) return known;
    const form = readForm(tokensOut, i);
    formsById[id] = form;
    return form;
  }
  if (id < MAX_ARRAY_ID) {
    // grown one slot at a time so that the array stays a dense one
    while (formsById.length < id) formsById.push(undefined);
    const form = readForm(tokensOut, i);
    formsById.push(form);
    return form;
  }
  let form = otherForms.get(id);
  if (form === undefined) {
    if (otherForms.size >= MAX_OTHER_FORMS) otherForms.clear();
    form = readForm(tokensOut, i);
    otherForms.set(id, form);
  }
  return form;
}

function readForm(tokensOut: WinkTokens, i: number): WordForm {
  const its = nlp().its;
  const item = tokensOut.itemAt(i);
  const value = (item.out(its.value) as string | undefined) ?? '';
  const type = (item.out(its.type) as string | undefined) ?? 'word';
  return {
    text: value,
    length: value.length,
    lower: value.toLowerCase(),
    type,
    blank: type === 'tabCRLF' || /^\s+$/.test(value),
    pos: '',
    lemma: '',
    lemmas: undefined,
  };
}

interface WinkTokens {
  out(f: unknown): unknown;
  itemAt(k: number): { out(f: unknown): unknown };
}

/**
 * wink leaves these characters out of both tokens and preceding spaces, so every offset after one would be
 * short by one (found with a byte-order mark inside a news text). Each is one UTF-16 unit, so a plain space
 * or line break in its place keeps every offset of the original text; none of them is ever part of a word.
 */
const UNCOUNTED = /[\v\f\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\uFEFF]/g;
function withCountedSpaces(text: string): string {
  // one pass over every document: line and paragraph separators become line breaks, the rest spaces
  return text.replace(UNCOUNTED, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : ' '));
}

/**
 * The longest sentence the stages see. Natural sentences stay far below it (the longest in the
 * PolNeAR, MUC-4 and dev texts has 222 tokens); a text that never ends a sentence is cut into
 * pieces of this size, so that no rule working within a sentence (a claim's content runs to its
 * end) grows with the length of the whole text.
 */
export const MAX_SENTENCE_TOKENS = 400;

/** Where to cut a sentence too long to keep: after the last punctuation of its last hundred tokens, else at the limit. */
function boundedCut(tokens: Token[], start: number): number {
  const limit = start + MAX_SENTENCE_TOKENS;
  for (let k = limit - 1; k > limit - 100; k--) if (tokens[k]!.pos === 'PUNCT') return k + 1;
  return limit;
}

/** Tokenise, tag and split `text` into sentences (also at line breaks and, past 400 tokens, at punctuation). */
export function analyse(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(withCountedSpaces(text));
  const tokensOut = doc.tokens() as unknown as WinkTokens;
  const ids = tokensOut.out(its.uniqueId) as number[];
  const spaces = tokensOut.out(its.precedingSpaces) as string[];
  const tags = tokensOut.out(its.pos) as string[];
  // a contraction's part ("ca" of "can't") carries its lemma in the token rather than in the lexicon
  const contracted = tokensOut.out(its.contractionFlag) as boolean[];

  // wink sentence boundaries as token indexes
  const winkBreaks = new Uint8Array(ids.length + 1);
  for (const [first] of doc.sentences().out(its.span) as unknown as [number, number][]) winkBreaks[first] = 1;

  const tokens: Token[] = [];
  const breakAt: number[] = [];
  let offset = 0;
  let lineBreakBefore = false;
  for (let i = 0; i < ids.length; i++) {
    const ws = spaces[i] ?? '';
    if (ws.length > 0 && ws.includes('\n')) lineBreakBefore = true;
    offset += ws.length;
    const form = formOf(tokensOut, i, ids[i]!);
    const value = form.text;
    if (form.blank) {
      if (value.includes('\n')) lineBreakBefore = true;
      offset += form.length;
      continue;
    }
    if (winkBreaks[i] === 1 || lineBreakBefore) breakAt.push(tokens.length);
    lineBreakBefore = false;
    const pos = tags[i] ?? 'X';
    tokens.push({
      i: tokens.length,
      text: value,
      lower: form.lower,
      pos,
      type: form.type,
      lemma: contracted[i] ? lemmaAt(tokensOut, i, value) : lemmaOf(form, pos, tokensOut, i),
      start: offset,
      end: offset + form.length,
      sentence: 0,
    });
    offset += form.length;
  }

  const sentences: Sentence[] = [];
  let startToken = 0;
  const close = (endToken: number) => {
    if (endToken <= startToken) return;
    const first = tokens[startToken]!;
    const last = tokens[endToken - 1]!;
    const index = sentences.length;
    for (let k = startToken; k < endToken; k++) tokens[k]!.sentence = index;
    sentences.push({
      i: index,
      start: first.start,
      end: last.end,
      tokenStart: startToken,
      tokenEnd: endToken,
      text: text.slice(first.start, last.end),
    });
    startToken = endToken;
  };
  const closeBounded = (endToken: number) => {
    while (endToken - startToken > MAX_SENTENCE_TOKENS) close(boundedCut(tokens, startToken));
    close(endToken);
  };
  for (const k of breakAt) if (k >= 1) closeBounded(k);
  closeBounded(tokens.length);
  return { text, tokens, sentences };
}

/** wink's lemma of token `i`, lower-cased, read from wink itself */
function lemmaAt(tokensOut: WinkTokens, i: number, value: string): string {
  const engine = nlp();
  return ((tokensOut.itemAt(i).out(engine.its.lemma) as string | undefined) ?? value).toLowerCase();
}

/** the lemma of a (non-contracted) word form under a tag: from the cache, else from wink */
function lemmaOf(form: WordForm, pos: string, tokensOut: WinkTokens, i: number): string {
  if (form.pos === pos) return form.lemma;
  const known = form.lemmas?.get(pos);
  if (known !== undefined) return known;
  const lemma = lemmaAt(tokensOut, i, form.text);
  if (form.pos === '') {
    form.pos = pos;
    form.lemma = lemma;
  } else {
    form.lemmas ??= new Map();
    form.lemmas.set(pos, lemma);
  }
  return lemma;
}
