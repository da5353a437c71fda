/**
 * The linguistic base every extractor stage reads: tokens with character
 * offsets and part-of-speech tags, and sentences, from wink-nlp's English
 * model (loaded once per process).
 *
 * wink-nlp is lossless (token values plus their preceding whitespace rebuild
 * the text exactly), so offsets are computed by walking the tokens; they are
 * UTF-16 code-unit offsets into the text as given. Sentences are also cut at
 * line breaks: headlines and datelines carry no full stop.
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

/** Tokenise, tag and split `text` into sentences (also at line breaks). */
export function analyse(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const tokensOut = doc.tokens();
  const values = tokensOut.out(its.value) as string[];
  const spaces = tokensOut.out(its.precedingSpaces) as string[];
  const tags = tokensOut.out(its.pos) as string[];
  const types = tokensOut.out(its.type) as string[];
  // biome-ignore lint/suspicious/noExplicitAny: wink's typings do not admit its.lemma on a token collection
  const lemmas = tokensOut.out(its.lemma as any) as string[];

  // wink sentence boundaries as token index ranges
  const winkBreaks = new Set<number>();
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first] = s.out(its.span) as [number, number];
    winkBreaks.add(first);
  });

  const tokens: Token[] = [];
  let offset = 0;
  let lineBreakBefore = false;
  const breakAt = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const ws = spaces[i] ?? '';
    if (ws.includes('\n')) lineBreakBefore = true;
    offset += ws.length;
    const value = values[i] ?? '';
    const type = types[i] ?? 'word';
    if (type === 'tabCRLF' || /^\s+$/.test(value)) {
      if (value.includes('\n')) lineBreakBefore = true;
      offset += value.length;
      continue;
    }
    if (winkBreaks.has(i) || lineBreakBefore) breakAt.add(tokens.length);
    lineBreakBefore = false;
    tokens.push({
      i: tokens.length,
      text: value,
      lower: value.toLowerCase(),
      pos: tags[i] ?? 'X',
      type,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      start: offset,
      end: offset + value.length,
      sentence: 0,
    });
    offset += value.length;
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
  for (let k = 1; k < tokens.length; k++) if (breakAt.has(k)) close(k);
  close(tokens.length);
  return { text, tokens, sentences };
}
