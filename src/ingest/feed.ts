/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item (entry) is a report. Its
 * text is the item's full content when the feed carries it (`content:encoded`,
 * Atom `content`), else its description or summary, HTML reduced to text as
 * for a page; its publication day is the item's `pubDate`, `dc:date`,
 * `published` or `updated`; its outlet is the item's `<source>` (RSS) or
 * author-less feed's own title. Items without text are left out and counted.
 *
 * Public surface: `isFeedFile(path)`, `looksLikeFeed(text)`, `parseFeed(xml, origin)` → `FeedItem[]`.
 */
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { ForewarnError } from '../errors.js';
import { htmlToDocument } from './html.js';

export interface FeedItem {
  /** where it came from: the feed's path and the item's link (or position) */
  origin: string;
  text: string;
  title: string | null;
  /** YYYY-MM-DD, or null when the item gives no readable date */
  published: string | null;
  outlet: string | null;
}

export interface ParsedFeed {
  items: FeedItem[];
  /** items with no text to read */
  empty: number;
}

const FEED_EXTENSIONS = /\.(?:rss|atom|xml)$/i;

/** A feed by its extension: .rss, .atom, or .xml (an .xml file must also look like one). */
export function isFeedFile(path: string): boolean {
  return FEED_EXTENSIONS.test(path);
}

/** Whether the start of a document is an RSS, RDF or Atom feed. */
export function looksLikeFeed(start: string): boolean {
  return /<(?:rss|feed|rdf:RDF)\b/i.test(start.slice(0, 4096));
}

const child = (el: Element, ...names: string[]): Element | null => {
  for (const name of names) {
    const found = el.children.find((c): c is Element => DomUtils.isTag(c) && c.name.toLowerCase() === name);
    if (found) return found;
  }
  return null;
};
const textOf = (el: Element | null): string => (el ? DomUtils.textContent(el).trim() : '');

/** The day a feed date stands for: RFC 822 ("Tue, 02 Jun 2031 09:00:00 GMT") or ISO 8601. */
export function feedDay(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** The item's content as text: HTML (escaped or in CDATA) reduced as a page is, plain text as it is. */
function contentText(raw: string): string {
  const s = raw.trim();
  if (!s) return '';
  if (/<[a-z][\s\S]*>/i.test(s)) {
    try {
      return htmlToDocument(`<html><body>${s}</body></html>`).text.trim();
    } catch {
      return '';
    }
  }
  return s.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n');
}

/** The items of a feed. Errors: unsupported_type when the XML is not an RSS, RDF or Atom feed. */
export function parseFeed(xml: string, origin: string): ParsedFeed {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const root = doc.children.find((c): c is Element => DomUtils.isTag(c) && /^(?:rss|feed|rdf:rdf)$/i.test(c.name));
  if (!root) {
    throw new ForewarnError('unsupported_type', 'an XML file is read as an RSS or Atom feed, and this one is not', {
      path: origin,
    });
  }
  const atom = root.name.toLowerCase() === 'feed';
  const channel = atom ? root : (child(root, 'channel') ?? root);
  const feedTitle = textOf(child(channel, 'title')) || null;
  const entries = DomUtils.getElementsByTagName(atom ? 'entry' : 'item', root, true);
  const items: FeedItem[] = [];
  let empty = 0;
  entries.forEach((entry, i) => {
    const body =
      contentText(textOf(child(entry, 'content:encoded', 'content'))) ||
      contentText(textOf(child(entry, 'description', 'summary')));
    if (!body) {
      empty++;
      return;
    }
    const linkEl = child(entry, 'link');
    const link = (atom ? linkEl?.attribs.href : textOf(linkEl)) || textOf(child(entry, 'guid', 'id'));
    const date = textOf(child(entry, 'pubdate', 'dc:date', 'published', 'updated'));
    items.push({
      origin: `${origin}#${link || `item-${i + 1}`}`,
      text: body,
      title: textOf(child(entry, 'title')) || null,
      published: feedDay(date),
      outlet: textOf(child(entry, 'source')) || feedTitle,
    });
  });
  return { items, empty };
}
