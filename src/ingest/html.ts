/**
 * HTML → the main text of a report, plus its title, publication date and
 * outlet from the page's metadata. The text is what extraction offsets refer
 * to, so it must read like a plain report: page furniture (scripts, styles,
 * navigation, headers, footers, asides, forms, frames, hidden elements,
 * comments) is dropped, `<article>` or `<main>` is preferred over the whole
 * body, block elements become line or paragraph breaks, entities are decoded
 * and whitespace is normalised.
 *
 * Public surface: `htmlToDocument(html)` → `HtmlDocument`.
 */
import { type ChildNode, DomHandler, type Element } from 'domhandler';
import { Parser } from 'htmlparser2';
import { ForewarnError } from '../errors.js';

export interface HtmlDocument {
  text: string;
  title: string | null;
  /** YYYY-MM-DD when the page states it */
  published: string | null;
  outlet: string | null;
}

/** Elements whose content is never report text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'textarea',
  'dialog',
  'head',
  'title',
]);

/** Blocks separated from their neighbours by a blank line. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
  'section',
  'article',
  'main',
  'address',
  'hr',
]);

/** Blocks that start on a new line. */
const LINE = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'br',
  'body',
  'center',
  'details',
  'summary',
]);

const CELL = new Set(['td', 'th']);

const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

function hidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = (a.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Depth-first search for elements by name, anywhere in the page (metadata lives in <head>). */
function findAll(nodes: ChildNode[], name: string, out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.name === name) out.push(n);
    findAll(n.children, name, out);
  }
  return out;
}

function rawText(nodes: ChildNode[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text') s += n.data;
    else if (isElement(n) && !DROPPED.has(n.name)) s += rawText(n.children);
  }
  return s;
}

/** Count of non-space characters of readable text, without building the text (pages can be megabytes). */
function textWeight(nodes: ChildNode[], enough = Number.POSITIVE_INFINITY): number {
  let weight = 0;
  const stack: ChildNode[] = [...nodes];
  while (stack.length > 0 && weight < enough) {
    const n = stack.pop() as ChildNode;
    if (n.type === 'text') {
      for (let i = 0; i < n.data.length; i++) {
        const c = n.data.charCodeAt(i);
        if (c > 0x20 && c !== 0xa0) weight++;
      }
    } else if (isElement(n) && !DROPPED.has(n.name) && !hidden(n)) {
      for (const child of n.children) stack.push(child);
    }
  }
  return weight;
}

const collapse = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Serialises the readable text of `nodes`, turning blocks into line and paragraph breaks. */
function readableText(nodes: ChildNode[]): string {
  const out: string[] = [];
  // 0: nothing pending, 1: a line break, 2: a paragraph break
  let pendingBreak = 0;
  let atLineStart = true;
  let pendingSpace = false;

  const requestBreak = (level: number) => {
    if (level > pendingBreak) pendingBreak = level;
  };
  const emit = (s: string) => {
    if (s === '') return;
    if (out.length > 0 && pendingBreak > 0) {
      out.push(pendingBreak === 2 ? '\n\n' : '\n');
      atLineStart = true;
      pendingSpace = false;
    } else if (pendingSpace && !atLineStart) {
      out.push(' ');
    }
    pendingBreak = 0;
    pendingSpace = false;
    out.push(s);
    atLineStart = false;
  };

  const walk = (list: ChildNode[], pre: boolean) => {
    for (const n of list) {
      if (n.type === 'text') {
        if (pre) {
          const lines = n.data.replace(/\r\n?/g, '\n').split('\n');
          lines.forEach((line, i) => {
            if (i > 0) requestBreak(1);
            emit(line.replace(/\u00a0/g, ' ').trimEnd());
          });
          continue;
        }
        const data = n.data.replace(/[\s\u00a0]+/g, ' ');
        if (data.startsWith(' ')) pendingSpace = true;
        const word = data.trim();
        if (word) emit(word);
        if (data.endsWith(' ') && data.length > 0) pendingSpace = true;
        continue;
      }
      if (!isElement(n)) continue; // comments, directives, CDATA
      const name = n.name;
      if (DROPPED.has(name) || hidden(n)) continue;
      if (name === 'br') {
        // <br><br> is how many pages separate paragraphs
        requestBreak(out.length > 0 && pendingBreak === 1 && !atLineStart ? 2 : 1);
        continue;
      }
      const level = PARAGRAPH.has(name) ? 2 : LINE.has(name) ? 1 : 0;
      if (level) requestBreak(level);
      if (CELL.has(name)) pendingSpace = true;
      walk(n.children, pre || name === 'pre');
      if (level) requestBreak(level);
      if (CELL.has(name)) pendingSpace = true;
    }
  };
  walk(nodes, false);
  return out
    .join('')
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function meta(nodes: ChildNode[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of findAll(nodes, 'meta')) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase();
    const content = m.attribs.content;
    if (key && content && !found.has(key)) found.set(key, content.trim());
  }
  return found;
}

interface LinkedData {
  headline?: string;
  datePublished?: string;
  publisher?: string;
}

/** The first article-like JSON-LD object's headline, date and publisher; broken JSON-LD is ignored. */
function linkedData(nodes: ChildNode[]): LinkedData {
  const result: LinkedData = {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.headline === 'string') result.headline ??= o.headline;
    if (typeof o.datePublished === 'string') result.datePublished ??= o.datePublished;
    const publisher = o.publisher;
    const publisherName = Array.isArray(publisher) ? publisher[0] : publisher;
    if (typeof publisherName === 'string') result.publisher ??= publisherName;
    else if (publisherName && typeof publisherName === 'object') {
      const name = (publisherName as Record<string, unknown>).name;
      if (typeof name === 'string') result.publisher ??= name;
    }
    if (o['@graph']) visit(o['@graph']);
  };
  for (const s of findAll(nodes, 'script')) {
    if ((s.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(scriptText(s)));
    } catch {
      // malformed JSON-LD is common on the web; the page is still readable
    }
  }
  return result;
}

/** The raw character data of an element (script, style and title keep theirs as one text node). */
function scriptText(s: Element): string {
  return s.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;
function dayOf(value: string | undefined): string | null {
  if (!value) return null;
  const m = ISO_DAY.exec(value.trim());
  if (!m?.[1]) return null;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[1] ? null : m[1];
}

const nonEmpty = (s: string | undefined | null): string | null => {
  const c = s ? collapse(s) : '';
  return c === '' ? null : c;
};

/** The element holding the report: the longest <article>, else <main>, else <body>, else the whole page. */
function mainContent(nodes: ChildNode[]): ChildNode[] {
  const articles = findAll(nodes, 'article').filter((a) => !hidden(a));
  if (articles.length > 0) {
    let best = articles[0] as Element;
    let bestLength = -1;
    for (const a of articles) {
      const length = articles.length === 1 ? textWeight(a.children, 1) : textWeight(a.children);
      if (length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    if (bestLength > 0) return best.children;
  }
  const main = findAll(nodes, 'main')[0];
  if (main && textWeight(main.children, 1) > 0) return main.children;
  const body = findAll(nodes, 'body')[0];
  return body ? body.children : nodes;
}

/**
 * Real pages nest a few dozen elements deep. htmlparser2's open-element stack
 * costs O(depth) per tag, so hostile nesting (200 000 unclosed <b>) would
 * take minutes; the walkers below also recurse by depth.
 */
export const MAX_HTML_DEPTH = 1000;

class DepthLimitedHandler extends DomHandler {
  #depth = 0;
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    this.#depth++;
    if (this.#depth > MAX_HTML_DEPTH) {
      throw new ForewarnError('malformed_html', `HTML nests elements more than ${MAX_HTML_DEPTH} deep`);
    }
    super.onopentag(name, attribs);
  }
  override onclosetag(): void {
    this.#depth--;
    super.onclosetag();
  }
}

function parseHtml(html: string): ChildNode[] {
  const handler = new DepthLimitedHandler();
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return handler.root.children;
}

/** Reduces a page to its report text and metadata; `malformed_html` when nesting is pathological. */
export function htmlToDocument(html: string): HtmlDocument {
  const nodes = parseHtml(html);
  const metas = meta(nodes);
  const ld = linkedData(nodes);
  const titleElement = findAll(nodes, 'title')[0];
  const h1 = findAll(nodes, 'h1')[0];
  const title =
    nonEmpty(metas.get('og:title')) ??
    nonEmpty(ld.headline) ??
    nonEmpty(titleElement ? scriptText(titleElement) : null) ??
    nonEmpty(h1 ? rawText(h1.children) : null);
  const time = findAll(nodes, 'time').find((t) => dayOf(t.attribs.datetime));
  const published =
    dayOf(metas.get('article:published_time')) ??
    dayOf(ld.datePublished) ??
    dayOf(metas.get('date')) ??
    dayOf(time?.attribs.datetime);
  const outlet = nonEmpty(metas.get('og:site_name')) ?? nonEmpty(ld.publisher);
  return { text: readableText(mainContent(nodes)), title, published, outlet };
}
