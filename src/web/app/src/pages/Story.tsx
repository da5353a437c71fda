/**
 * One story: a timeline of its incidents, warnings and key claims; incident
 * cards with the reported figures over time; the claims table (a click opens
 * the report with the claim highlighted); contradictions side by side; the
 * entity graph; the warnings matched to its incidents.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  api,
  type Claim,
  type ClaimGroup,
  type DocumentExtraction,
  getExtractions,
  type Incident,
  type Story,
  splitItemId,
} from '../api.js';
import { EntityGraph, type GraphEdge, type GraphNode } from '../components/EntityGraph.js';
import { FigureCharts } from '../components/FigureChart.js';
import { day, nameOf, useAsync } from '../util.js';

interface ClaimRow {
  key: string;
  claim: Claim;
  doc: DocumentExtraction;
  group: ClaimGroup;
}

interface Loaded {
  story: Story;
  docs: Map<string, DocumentExtraction>;
  rows: ClaimRow[];
}

/** The extractions of the reports a story's claims come from, in batches; `onProgress` after each. */
async function loadClaims(
  story: Story,
  onProgress: (done: number, of: number) => void,
): Promise<{ docs: Map<string, DocumentExtraction>; rows: ClaimRow[] }> {
  const ids = [
    ...new Set([...story.documents, ...story.claim_groups.flatMap((g) => g.claims.map((c) => splitItemId(c)[0]))]),
  ];
  const docs = await getExtractions(ids, onProgress);
  const rows: ClaimRow[] = [];
  for (const group of story.claim_groups) {
    for (const key of group.claims) {
      const [docId, claimId] = splitItemId(key);
      const doc = docs.get(docId);
      const claim = doc?.extraction.claims.find((c) => c.id === claimId);
      if (doc && claim) rows.push({ key, claim, doc, group });
    }
  }
  return { docs, rows };
}

const claimHref = (docId: string, claimId: string) =>
  `#/documents/${encodeURIComponent(docId)}?claim=${encodeURIComponent(claimId)}`;

const incidentLabel = (i: Incident) =>
  `${i.subtype ?? i.type}${i.location ? ` in ${i.location.name}` : ''}${i.date ? `, ${i.date}` : ''}`;

function focusSection(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

interface TimelineItem {
  date: string | null;
  kind: 'incident' | 'warning' | 'claim';
  label: string;
  target: string;
}

function Timeline({ items }: { items: TimelineItem[] }) {
  return (
    <ol class="timeline" aria-label="Timeline">
      {items.map((t) => (
        <li key={`${t.target}|${t.label}`} class={`tl-item tl-${t.kind}`} data-kind={t.kind}>
          <time>{day(t.date)}</time>
          <span class={`kind kind-${t.kind}`}>{t.kind}</span>
          <button type="button" class="linkish" onClick={() => focusSection(t.target)}>
            {t.label}
          </button>
        </li>
      ))}
    </ol>
  );
}

function IncidentCard({ incident, anchor }: { incident: Incident; anchor: string }) {
  const people = (xs: Incident['actors']) => (xs.length ? xs.map(nameOf).join(', ') : '—');
  return (
    <article class="card incident" id={anchor} tabIndex={-1} aria-labelledby={`${anchor}-h`}>
      <h3 id={`${anchor}-h`}>{incidentLabel(incident)}</h3>
      <dl class="facts">
        <dt>Actors</dt>
        <dd>{people(incident.actors)}</dd>
        <dt>Targets</dt>
        <dd>{people(incident.targets)}</dd>
        <dt>Reports</dt>
        <dd>{incident.documents.length}</dd>
        {(incident.timelines ?? []).map((t) => (
          <>
            <dt>{t.measure}</dt>
            <dd>
              latest {t.latest?.value ?? '—'}
              {t.range ? ` (range ${t.range.min}–${t.range.max})` : ''}
              {t.conflicting ? <span class="badge warn">conflicting</span> : null}
            </dd>
          </>
        ))}
      </dl>
      <FigureCharts figures={incident.figures} />
    </article>
  );
}

const PAGE = 100;

function ClaimsTable({ rows }: { rows: ClaimRow[] }) {
  const [q, setQ] = useState('');
  const [shown, setShown] = useState(PAGE);
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = words.length
    ? rows.filter((r) => {
        const hay = `${r.claim.speaker.text} ${r.claim.content.text} ${r.doc.outlet ?? ''}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      })
    : rows;
  return (
    <div>
      <div class="toolbar">
        <label for="claims-q">Filter claims</label>
        <input
          id="claims-q"
          type="search"
          value={q}
          onInput={(e) => {
            setQ(e.currentTarget.value);
            setShown(PAGE);
          }}
        />
        <span class="count" aria-live="polite">
          {matching.length} of {rows.length} claims
        </span>
      </div>
      <div class="table-wrap">
        <table class="data claims">
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col">Cue</th>
              <th scope="col">Content</th>
              <th scope="col">Outlet</th>
              <th scope="col">Marks</th>
              <th scope="col" title="independent sources saying the same">
                Sources
              </th>
            </tr>
          </thead>
          <tbody>
            {matching.slice(0, shown).map((r) => (
              <tr key={r.key} class="claim-row">
                <td>{r.claim.speaker.text}</td>
                <td>{r.claim.cue.text}</td>
                <td>
                  <a class="claim-link" href={claimHref(r.doc.id, r.claim.id)}>
                    {r.claim.content.text}
                  </a>
                </td>
                <td>{r.doc.outlet ?? '—'}</td>
                <td>
                  {r.claim.polarity === 'deny' ? <span class="badge deny">denial</span> : null}
                  {r.claim.hedged ? (
                    <span class="badge hedge" title={(r.claim.hedges ?? []).join(', ')}>
                      hedged
                    </span>
                  ) : null}
                  {r.claim.speaker.anonymous ? <span class="badge">anonymous</span> : null}
                </td>
                <td class="num">{r.group.independent_sources}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matching.length > shown ? (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, matching.length - shown)} more claims
        </button>
      ) : null}
    </div>
  );
}

function Contradictions({ story }: { story: Story }) {
  if (story.contradictions.length === 0) return <p class="muted">No contradictions found.</p>;
  return (
    <ul class="contradictions">
      {story.contradictions.map((c) => (
        <li key={c.id} class="card contradiction">
          <p>
            <span class="badge warn">{c.kind}</span> {c.reason ?? ''}
          </p>
          <div class="sides">
            {c.sides.map((s) => {
              const [docId, claimId] = splitItemId(s.claim);
              return (
                <blockquote key={s.claim} class="side">
                  <p>
                    <strong>{s.speaker ?? 'unattributed'}</strong>: “{s.content}”
                  </p>
                  <footer>
                    <a href={claimHref(s.source.document || docId, claimId)}>
                      {s.source.outlet ?? s.source.document} · {day(s.source.published)}
                    </a>
                  </footer>
                </blockquote>
              );
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}

function buildGraph(loaded: Loaded): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const { story, rows } = loaded;
  const byName = new Map<string, { id: string; name: string; type: string }>();
  for (const e of story.entities)
    for (const n of [e.name, ...(e.aliases ?? [])]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const node = (name: string, kind: string): string => {
    const canon = byName.get(name.toLowerCase());
    const id = canon ? canon.id : `n:${name.toLowerCase()}`;
    if (!nodes.has(id)) nodes.set(id, { id, label: canon?.name ?? name, kind: canon?.type ?? kind });
    return id;
  };
  const edge = (source: string, target: string, relation: GraphEdge['relation']) => {
    if (source === target) return;
    const k = `${source}|${target}|${relation}`;
    const e = edges.get(k);
    if (e) e.count++;
    else edges.set(k, { source, target, relation, count: 1 });
  };
  for (const r of rows) {
    const c = r.claim;
    if (c.speaker.anonymous) continue;
    const ents = r.doc.extraction.entities;
    const speakerEnt = c.speaker.entity ? ents.find((e) => e.id === c.speaker.entity) : undefined;
    // unresolved speakers ("who", "a report") say nothing about who claims what
    if (!speakerEnt && !/^\p{Lu}\p{L}+ /u.test(c.speaker.text)) continue;
    const speaker = node(speakerEnt?.name ?? c.speaker.text, speakerEnt?.type ?? 'person');
    const [s, t] = c.content.span;
    for (const e of ents) {
      if (e.type === 'location' || e.type === 'country' || e.id === c.speaker.entity) continue;
      if (e.mentions.some(([a, b]) => a >= s && b <= t))
        edge(speaker, node(e.name, e.type), c.polarity === 'deny' ? 'denies' : 'claims');
    }
  }
  for (const inc of story.incidents) {
    const id = `i:${inc.id}`;
    nodes.set(id, { id, label: incidentLabel(inc), kind: 'incident' });
    for (const a of inc.actors) edge(node(nameOf(a), 'armed_group'), id, 'accused');
  }
  for (const w of story.warnings) {
    if (!w.issuer || !w.recipient) continue;
    edge(node(nameOf(w.issuer), 'organization'), node(nameOf(w.recipient), 'recipient'), 'warned');
  }
  const kept = [...edges.values()].sort((a, b) => b.count - a.count).slice(0, 150);
  const used = new Set(kept.flatMap((e) => [e.source, e.target]));
  return { nodes: [...nodes.values()].filter((n) => used.has(n.id)), edges: kept };
}

function timelineOf(loaded: Loaded): TimelineItem[] {
  const { story, docs, rows } = loaded;
  const items: TimelineItem[] = [];
  story.incidents.forEach((inc, i) => {
    items.push({ date: inc.date, kind: 'incident', label: incidentLabel(inc), target: `incident-${i}` });
  });
  story.warnings.forEach((w, i) => {
    const issuer = nameOf(w.issuer);
    items.push({
      date:
        w.issued ??
        docs.get(w.document)?.published ??
        story.reports?.find((r) => r.id === w.document)?.published ??
        null,
      kind: 'warning',
      label: `${issuer} warned ${nameOf(w.recipient)}${w.threat ? `: ${w.threat}` : ''}`,
      target: `warning-${i}`,
    });
  });
  const firstRow = new Map<string, ClaimRow>();
  for (const r of rows) {
    const seen = firstRow.get(r.group.id);
    if (!seen || (r.doc.published ?? '') < (seen.doc.published ?? '')) firstRow.set(r.group.id, r);
  }
  [...story.claim_groups]
    .sort((a, b) => b.independent_sources - a.independent_sources)
    .slice(0, 8)
    .forEach((g) => {
      const r = firstRow.get(g.id);
      if (!r) return;
      items.push({
        date: r.doc.published,
        kind: 'claim',
        label: `${r.claim.speaker.text}: “${r.claim.content.text.slice(0, 120)}” (${g.independent_sources} independent)`,
        target: 'claims',
      });
    });
  const unique = new Map<string, TimelineItem>();
  for (const t of items) {
    const k = t.kind === 'claim' ? `${t.target}:${t.label}` : t.target;
    unique.set(k, { ...t, target: t.kind === 'claim' ? 'claims' : t.target });
  }
  return [...unique.values()].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

export function StoryPage({ id }: { id: string }) {
  const loadedStory = useAsync(() => api.story(id), [id]);
  const [progress, setProgress] = useState<[number, number]>([0, 0]);
  const claims = useAsync(async () => {
    if (!loadedStory.data) return null;
    let last = 0;
    return loadClaims(loadedStory.data, (done, of) => {
      // a few progress updates, not one render per report
      if (done === of || done - last >= Math.max(1, Math.ceil(of / 10))) {
        last = done;
        setProgress([done, of]);
      }
    });
  }, [loadedStory.data]);
  // the story shows at once; claims, key claims and the graph follow when their reports are in
  const loaded = useMemo<Loaded | null>(
    () =>
      loadedStory.data
        ? {
            story: loadedStory.data,
            docs: claims.data?.docs ?? new Map(),
            rows: claims.data?.rows ?? [],
          }
        : null,
    [loadedStory.data, claims.data],
  );
  const graph = useMemo(() => (loaded && claims.data ? buildGraph(loaded) : null), [loaded, claims.data]);
  const timeline = useMemo(() => (loaded ? timelineOf(loaded) : []), [loaded]);
  if (loadedStory.loading && !loadedStory.data) return <p aria-live="polite">Loading story…</p>;
  if (loadedStory.error || !loaded) return <p role="alert">Could not load the story: {loadedStory.error?.message}</p>;
  const { story, rows, docs } = loaded;
  const claimsReady = !!claims.data;
  const pending = (
    <p class="muted" aria-live="polite">
      Loading the claims from {progress[1] || story.documents.length} reports… {progress[0]} done
    </p>
  );
  const reportTitle = (doc: string) => docs.get(doc)?.title ?? story.reports?.find((r) => r.id === doc)?.title ?? doc;
  return (
    <article class="story" data-ready="true" data-claims-ready={claimsReady ? 'true' : undefined}>
      <p>
        <a href="#/stories">← All stories</a>
      </p>
      <h1>{story.title}</h1>
      <p class="lede">
        {story.documents.length} reports · {story.incidents.length} incidents · {rows.length} claims ·{' '}
        {story.contradictions.length} contradictions · {story.warnings.length} warnings
      </p>
      <nav class="toc" aria-label="On this page">
        {[
          ['timeline', 'Timeline'],
          ['incidents', 'Incidents'],
          ['claims', 'Claims'],
          ['contradictions', 'Contradictions'],
          ['graph', 'Entity graph'],
          ['warnings', 'Warnings'],
        ].map(([a, l]) => (
          <button type="button" class="linkish" key={a} onClick={() => focusSection(a as string)}>
            {l}
          </button>
        ))}
      </nav>
      <section id="timeline" tabIndex={-1} aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <Timeline items={timeline} />
      </section>
      <section id="incidents" tabIndex={-1} aria-labelledby="incidents-h">
        <h2 id="incidents-h">Incidents</h2>
        <div class="incident-grid">
          {story.incidents.map((inc, i) => (
            <IncidentCard key={inc.id} incident={inc} anchor={`incident-${i}`} />
          ))}
        </div>
      </section>
      <section id="claims" tabIndex={-1} aria-labelledby="claims-h">
        <h2 id="claims-h">Claims</h2>
        {claimsReady ? <ClaimsTable rows={rows} /> : pending}
      </section>
      <section id="contradictions" tabIndex={-1} aria-labelledby="contradictions-h">
        <h2 id="contradictions-h">Contradictions</h2>
        <Contradictions story={story} />
      </section>
      <section id="graph" tabIndex={-1} aria-labelledby="graph-h">
        <h2 id="graph-h">Entity graph</h2>
        {graph ? <EntityGraph nodes={graph.nodes} edges={graph.edges} /> : pending}
      </section>
      <section id="warnings" tabIndex={-1} aria-labelledby="warnings-h">
        <h2 id="warnings-h">Warnings</h2>
        {story.warnings.length === 0 ? <p class="muted">No warnings in this story.</p> : null}
        <ul class="cards">
          {story.warnings.map((w, i) => (
            <li key={w.id} id={`warning-${i}`} tabIndex={-1} class="card">
              <p>
                <strong>{nameOf(w.issuer)}</strong> warned <strong>{nameOf(w.recipient)}</strong> on {day(w.issued)}
                {w.threat ? `: ${w.threat}` : ''}
              </p>
              <p class="sub">
                <a href={`#/documents/${encodeURIComponent(w.document)}`}>{reportTitle(w.document)}</a>
              </p>
              {w.matches.length === 0 ? <p class="muted">Not matched to a later incident.</p> : null}
              {w.matches.map((m) => {
                const inc = story.incidents.find((x) => x.id === m.incident);
                return (
                  <p key={m.incident}>
                    Matched {inc ? incidentLabel(inc) : m.incident}: lead time{' '}
                    <strong>{m.lead_time_days ?? '—'} days</strong>;{' '}
                    {m.specific.map((p) => (
                      <span key={p} class="badge ok">
                        {p} ✓
                      </span>
                    ))}
                    {m.missing.map((p) => (
                      <span key={p} class="badge miss">
                        {p} ✗
                      </span>
                    ))}
                  </p>
                );
              })}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
