/**
 * The document list (full-text search, paging) and one report's text with
 * highlight layers for entities, events, claims and warnings that can be
 * switched on and off. `?claim=ID` focuses that claim's span. Text reaches
 * the page only as text nodes, never as HTML.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { mostRestrictive } from '../../../../share/tlp.js';
import { api, type DocumentFull, type DocumentSummary, getDocument, type Span } from '../api.js';
import { day, useAsync } from '../util.js';

/** A partner's report says so, with the TLP it arrived under, before anything else is read. */
function Received({ doc, long = false }: { doc: DocumentSummary; long?: boolean }) {
  if (!doc.received?.length) return null;
  const tlp = mostRestrictive(doc.received.flatMap((r) => (r.tlp ? [r.tlp] : [])));
  const from = [...new Set(doc.received.map((r) => (r.collection ? `${r.source} (${r.collection})` : r.source)))];
  return (
    <span class="received">
      {tlp ? <span class={`badge tlp tlp-${tlp.replace('+', '-')}`}>TLP:{tlp.toUpperCase()}</span> : null}
      <span class="sub">{long ? `Received from ${from.join(', ')}` : 'received from a partner'}</span>
    </span>
  );
}

export function DocumentsPage() {
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useAsync(() => api.documents(query, offset), [query, offset]);
  return (
    <section>
      <h1>Documents</h1>
      <form
        class="toolbar"
        aria-label="Search reports"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setQuery(q.trim());
        }}
      >
        <label for="doc-q">Search reports</label>
        <input id="doc-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit">Search</button>
      </form>
      {page.error ? <p role="alert">Could not load documents: {page.error.message}</p> : null}
      {page.data ? (
        <p class="count" aria-live="polite">
          {page.data.total === 0
            ? 'No documents.'
            : `Documents ${offset + 1}–${offset + page.data.items.length} of ${page.data.total}`}
        </p>
      ) : null}
      <ul class="cards">
        {(page.data?.items ?? []).map((d) => (
          <li key={d.id}>
            <a class="card" href={`#/documents/${encodeURIComponent(d.id)}`}>
              <strong>{d.title ?? d.id}</strong>
              <span class="sub">
                {day(d.published)} · {d.outlet ?? '—'}
                {d.counts ? ` · ${d.counts.claims} claims · ${d.counts.entities} entities` : ''}
              </span>
              <Received doc={d} />
            </a>
          </li>
        ))}
      </ul>
      <div class="pager">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 20))}>
          Previous
        </button>
        <button
          type="button"
          disabled={!page.data || offset + 20 >= page.data.total}
          onClick={() => setOffset(offset + 20)}
        >
          Next
        </button>
      </div>
    </section>
  );
}

type Layer = 'entity' | 'event' | 'claim' | 'warning';
const LAYERS: { id: Layer; label: string }[] = [
  { id: 'entity', label: 'Entities' },
  { id: 'event', label: 'Events' },
  { id: 'claim', label: 'Claims' },
  { id: 'warning', label: 'Warnings' },
];

interface Range {
  s: number;
  t: number;
  layer: Layer;
  label: string;
  claim?: string;
}

interface Segment {
  s: number;
  t: number;
  covers: Range[];
}

function rangesOf(doc: DocumentFull): Range[] {
  const x = doc.extraction;
  const out: Range[] = [];
  const ok = ([s, t]: Span) => Number.isInteger(s) && Number.isInteger(t) && s < t && t <= doc.text.length;
  for (const e of x.entities)
    for (const m of e.mentions)
      if (ok(m)) out.push({ s: m[0], t: m[1], layer: 'entity', label: `${e.name} (${e.type})` });
  for (const e of x.events)
    if (ok(e.evidence)) out.push({ s: e.evidence[0], t: e.evidence[1], layer: 'event', label: `${e.type} event` });
  for (const c of x.claims)
    if (ok(c.content.span))
      out.push({
        s: c.content.span[0],
        t: c.content.span[1],
        layer: 'claim',
        label: `claim by ${c.speaker.text}`,
        claim: c.id,
      });
  for (const w of x.warnings ?? [])
    if (ok(w.evidence)) out.push({ s: w.evidence[0], t: w.evidence[1], layer: 'warning', label: 'warning' });
  return out;
}

/** Cuts the text at every boundary of the visible ranges. */
function segments(length: number, ranges: Range[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const r of ranges) {
    cuts.add(r.s);
    cuts.add(r.t);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = [...ranges].sort((a, b) => a.s - b.s);
  const out: Segment[] = [];
  let open: Range[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number;
    const t = points[i + 1] as number;
    open = open.filter((r) => r.t > s);
    while (next < starts.length && (starts[next] as Range).s <= s) {
      const r = starts[next++] as Range;
      if (r.t > s) open.push(r);
    }
    out.push({ s, t, covers: open.slice() });
  }
  return out;
}

function HighlightedText({ doc, layers, focus }: { doc: DocumentFull; layers: Set<Layer>; focus: string | null }) {
  const all = useMemo(() => rangesOf(doc), [doc]);
  const segs = useMemo(
    () =>
      segments(
        doc.text.length,
        all.filter((r) => layers.has(r.layer) || (r.claim !== undefined && r.claim === focus)),
      ),
    [all, layers, focus, doc],
  );
  useEffect(() => {
    document.querySelector('.doc-text .hl-focus')?.scrollIntoView({ block: 'center' });
  }, [focus, doc]);
  return (
    <div class="doc-text">
      {segs.map((g) => {
        const text = doc.text.slice(g.s, g.t);
        if (g.covers.length === 0) return text;
        const kinds = [...new Set(g.covers.filter((r) => layers.has(r.layer)).map((r) => r.layer))];
        const focused = focus !== null && g.covers.some((r) => r.claim === focus);
        const cls = [...kinds.map((k) => `hl-${k}`), focused ? 'hl-focus' : ''].filter(Boolean).join(' ');
        if (!cls) return text;
        return (
          <mark key={g.s} class={`hl ${cls}`} title={g.covers.map((r) => r.label).join('; ')}>
            {text}
          </mark>
        );
      })}
    </div>
  );
}

export function DocumentPage({ id, focus }: { id: string; focus: string | null }) {
  const doc = useAsync(() => getDocument(id), [id]);
  const [layers, setLayers] = useState<Set<Layer>>(new Set(['entity', 'event', 'claim', 'warning']));
  if (doc.loading) return <p aria-live="polite">Loading report…</p>;
  if (doc.error || !doc.data) return <p role="alert">Could not load the report: {doc.error?.message}</p>;
  const d = doc.data;
  const focused = focus ? d.extraction.claims.find((c) => c.id === focus) : undefined;
  const toggle = (l: Layer, on: boolean) => {
    const next = new Set(layers);
    if (on) next.add(l);
    else next.delete(l);
    setLayers(next);
  };
  return (
    <article class="document">
      <p>
        <a href="#/documents">← All documents</a>
      </p>
      <h1>{d.title ?? d.id}</h1>
      <p class="lede">
        {day(d.published)} · {d.outlet ?? 'unknown outlet'}
      </p>
      <Received doc={d} long />
      {focused ? (
        <p class="focus-note" role="status">
          Highlighted: claim by <strong>{focused.speaker.text}</strong> ({focused.cue.text}):{' '}
          {focused.polarity === 'deny' ? <span class="badge deny">denial</span> : null}
          {focused.hedged ? <span class="badge hedge">hedged</span> : null} “{focused.content.text}”
        </p>
      ) : null}
      <fieldset class="layers">
        <legend>Highlight layers</legend>
        {LAYERS.map((l) => (
          <label key={l.id} class={`layer-toggle swatch-${l.id}`}>
            <input
              type="checkbox"
              name={`layer-${l.id}`}
              checked={layers.has(l.id)}
              onChange={(e) => toggle(l.id, e.currentTarget.checked)}
            />
            {l.label}
          </label>
        ))}
      </fieldset>
      <div class="doc-layout">
        <HighlightedText doc={d} layers={layers} focus={focus} />
        <aside aria-label="Claims in this report">
          <h2>Claims ({d.extraction.claims.length})</h2>
          <ul class="claim-list">
            {d.extraction.claims.map((c) => (
              <li key={c.id} class={c.id === focus ? 'current' : ''}>
                <a
                  href={`#/documents/${encodeURIComponent(d.id)}?claim=${encodeURIComponent(c.id)}`}
                  aria-current={c.id === focus ? 'true' : undefined}
                >
                  <strong>{c.speaker.text}</strong> {c.cue.text}: {c.content.text.slice(0, 140)}
                </a>
                {c.polarity === 'deny' ? <span class="badge deny">denial</span> : null}
                {c.hedged ? <span class="badge hedge">hedged</span> : null}
              </li>
            ))}
          </ul>
          <h2>Entities ({d.extraction.entities.length})</h2>
          <ul class="entity-list">
            {d.extraction.entities.map((e) => (
              <li key={e.id}>
                {e.name} <span class="sub">{e.type.replace('_', ' ')}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
