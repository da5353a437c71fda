import { describe, expect, it } from 'vitest';
import { feedDay, isFeedFile, looksLikeFeed, parseFeed } from './feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Coastal Ledger</title>
  <item>
    <title>Ferry terminal evacuated after bomb threat</title>
    <link>https://ledger.example/ferry</link>
    <pubDate>Tue, 03 Jun 2031 08:15:00 GMT</pubDate>
    <description>Short teaser only.</description>
    <content:encoded><![CDATA[<p>Police evacuated the ferry terminal in Port Reme on Monday after a caller warned of a bomb.</p><p>No device was found.</p>]]></content:encoded>
  </item>
  <item>
    <title>Wire copy</title>
    <guid>wire-77</guid>
    <dc:date>2031-06-04T10:00:00Z</dc:date>
    <source url="https://wire.example">Harbour Wire</source>
    <description>&lt;p&gt;Two fishermen were detained near &amp;amp; around the breakwater.&lt;/p&gt;</description>
  </item>
  <item><title>Photo gallery</title><description>   </description></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Upland Monitor</title>
  <entry>
    <title>Checkpoint attacked</title>
    <link href="https://upland.example/checkpoint"/>
    <published>2031-07-09T06:00:00+02:00</published>
    <updated>2031-07-10T12:00:00Z</updated>
    <summary>Gunmen attacked a checkpoint outside Sarn.</summary>
  </entry>
</feed>`;

describe('feeds', () => {
  it('reads RSS items: full content first, the item date as a day, the source or else the feed as outlet', () => {
    const { items, empty } = parseFeed(RSS, 'news.rss');
    expect(empty).toBe(1);
    expect(items).toEqual([
      {
        origin: 'news.rss#https://ledger.example/ferry',
        title: 'Ferry terminal evacuated after bomb threat',
        published: '2031-06-03',
        outlet: 'Coastal Ledger',
        text: expect.stringMatching(
          /^Police evacuated the ferry terminal in Port Reme on Monday after a caller warned of a bomb\.\s+No device was found\.$/,
        ),
      },
      {
        origin: 'news.rss#wire-77',
        title: 'Wire copy',
        published: '2031-06-04',
        outlet: 'Harbour Wire',
        text: 'Two fishermen were detained near & around the breakwater.',
      },
    ]);
  });

  it('reads Atom entries, dated by published before updated', () => {
    const { items } = parseFeed(ATOM, 'upland.atom');
    expect(items).toEqual([
      {
        origin: 'upland.atom#https://upland.example/checkpoint',
        title: 'Checkpoint attacked',
        published: '2031-07-09',
        outlet: 'Upland Monitor',
        text: 'Gunmen attacked a checkpoint outside Sarn.',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF), whose items sit beside the channel', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>Valley Bulletin</title></channel>
  <item><title>Bridge closed</title><link>https://valley.example/b</link><dc:date>2031-08-01</dc:date>
    <description>The bridge at Oro was closed after a threat.</description></item>
</rdf:RDF>`;
    expect(parseFeed(rdf, 'v.xml').items).toEqual([
      {
        origin: 'v.xml#https://valley.example/b',
        title: 'Bridge closed',
        published: '2031-08-01',
        outlet: 'Valley Bulletin',
        text: 'The bridge at Oro was closed after a threat.',
      },
    ]);
  });

  it('knows a feed by its extension and its start, and refuses other XML', () => {
    expect(isFeedFile('a.rss') && isFeedFile('b.ATOM') && isFeedFile('c.xml')).toBe(true);
    expect(isFeedFile('d.html')).toBe(false);
    expect(looksLikeFeed(RSS) && looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<?xml version="1.0"?><settings/>')).toBe(false);
    expect(() => parseFeed('<?xml version="1.0"?><settings/>', 'x.xml')).toThrow(/not/);
    expect(feedDay('not a date')).toBeNull();
  });
});
