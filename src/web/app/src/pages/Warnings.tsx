/**
 * The warning ledger (managed warnings, duty to warn): state, issuer,
 * recipient, lead time, which parts of the threat were known. Warnings that
 * reports describe can be proposed as drafts; new drafts can be written.
 * Controls follow the user's role: only analysts and approvers write.
 */
import { useState } from 'preact/hooks';
import { api, type ExtractedWarning, getExtractions, type Me, postJson, type WarningRecord } from '../api.js';
import { go } from '../router.js';
import { day, useAsync } from '../util.js';

export const STATES = ['draft', 'assessed', 'decided', 'delivered', 'acknowledged', 'closed'] as const;
export const PARTS = ['actor', 'target', 'place', 'time', 'method'] as const;
export const THREAT_TYPES = ['killing', 'serious_bodily_injury', 'kidnapping'] as const;

export const canWrite = (me: Me | null) => !!me && (me.user.role === 'analyst' || me.user.role === 'approver');

export function Specificity({ s }: { s: WarningRecord['specificity'] }) {
  return (
    <span class="parts">
      {PARTS.map((p) =>
        s[p] ? (
          <span key={p} class="badge ok" title={`${p} known`}>
            {p} ✓
          </span>
        ) : (
          <span key={p} class="badge miss" title={`${p} not known`}>
            {p} ✗
          </span>
        ),
      )}
    </span>
  );
}

/** Extracted warnings name their issuer and recipient by the document's entity ids: resolve them to names. */
async function extractedWithNames(): Promise<ExtractedWarning[]> {
  const page = await api.extractedWarnings();
  const ids = [...new Set(page.items.map((w) => w.document).filter((d): d is string => !!d))];
  // one batch request for the extractions, not each document's full text
  const docs = await getExtractions(ids, () => {}).catch(() => new Map<string, never>());
  return page.items.map((w) => {
    const ents = (w.document && docs.get(w.document)?.extraction.entities) || [];
    const name = (x: string | null | undefined) => (x ? (ents.find((e) => e.id === x)?.name ?? x) : null);
    return { ...w, issuer: name(w.issuer), recipient: name(w.recipient), threat_actor: name(w.threat_actor) };
  });
}

/** The threat actor and intended victim fields of a draft form (new or edited). */
export function ThreatParties({
  actor,
  setActor,
  target,
  setTarget,
}: {
  actor: string;
  setActor: (v: string) => void;
  target: string;
  setTarget: (v: string) => void;
}) {
  return (
    <>
      <label>
        Threat actor
        <input name="actor" value={actor} onInput={(e) => setActor(e.currentTarget.value)} />
      </label>
      <label>
        Intended victim (target)
        <input name="target" value={target} onInput={(e) => setTarget(e.currentTarget.value)} />
      </label>
    </>
  );
}

function NewDraft({ onCreated }: { onCreated: (w: WarningRecord) => void }) {
  const [event, setEvent] = useState('');
  const [type, setType] = useState('');
  const [actor, setActor] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      class="stack card"
      aria-labelledby="new-draft-h"
      onSubmit={async (e) => {
        e.preventDefault();
        setError('');
        try {
          const w = await postJson<WarningRecord>('/api/warnings', {
            info: { event },
            threat: { type: type || null, actor: actor || null, target: target || null },
          });
          onCreated(w);
        } catch (err) {
          setError((err as Error).message);
        }
      }}
    >
      <h2 id="new-draft-h">New draft warning</h2>
      <label>
        Threat (event)
        <input required name="event" value={event} onInput={(e) => setEvent(e.currentTarget.value)} />
      </label>
      <label>
        Threat type
        <select name="threat-type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
          <option value="">not yet known</option>
          {THREAT_TYPES.map((t) => (
            <option key={t} value={t}>
              {t.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <ThreatParties actor={actor} setActor={setActor} target={target} setTarget={setTarget} />
      <button type="submit">Create draft</button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}

export function WarningsPage({ me }: { me: Me | null }) {
  const [state, setState] = useState('');
  const ledger = useAsync(() => api.warnings(state), [state]);
  const extracted = useAsync(extractedWithNames, []);
  const [error, setError] = useState('');
  const proposed = new Set(
    (ledger.data?.items ?? []).map((w) => w.source && `${w.source.document}:${w.source.warning}`),
  );
  const writable = canWrite(me);
  return (
    <section>
      <h1>Warnings</h1>
      <p class="lede">The duty-to-warn ledger: draft → assessed → decided → delivered → acknowledged → closed.</p>
      <div class="toolbar">
        <label for="ledger-state">State</label>
        <select id="ledger-state" value={state} onChange={(e) => setState(e.currentTarget.value)}>
          <option value="">all</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        {ledger.data ? (
          <span class="count" aria-live="polite">
            {ledger.data.total} warnings
          </span>
        ) : null}
      </div>
      {ledger.error ? <p role="alert">Could not load the ledger: {ledger.error.message}</p> : null}
      <div class="table-wrap">
        <table class="data ledger">
          <caption class="sr-only">Warning ledger</caption>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Threat</th>
              <th scope="col">Issuer</th>
              <th scope="col">Recipient</th>
              <th scope="col">Lead time</th>
              <th scope="col">Known parts</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {(ledger.data?.items ?? []).map((w) => (
              <tr key={w.identifier} class="ledger-row" data-state={w.state}>
                <td>
                  <span class={`state state-${w.state}`}>{w.state}</span>
                </td>
                <td>
                  <a href={`#/warnings/${encodeURIComponent(w.identifier)}`}>{w.info.headline ?? w.info.event}</a>
                </td>
                <td>{w.sender}</td>
                <td>{w.addresses.length ? w.addresses.join(', ') : (w.threat.target ?? '—')}</td>
                <td class="num">
                  {w.outcome?.kind === 'incident' ? `${w.outcome.leadTimeDays} days` : w.outcome ? 'no incident' : '—'}
                </td>
                <td>
                  <Specificity s={w.specificity} />
                </td>
                <td>{day(w.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ledger.data && ledger.data.items.length === 0 ? <p class="muted">No managed warnings yet.</p> : null}
      {writable ? <NewDraft onCreated={(w) => go(`#/warnings/${encodeURIComponent(w.identifier)}`)} /> : null}
      <h2>Warnings reported in documents</h2>
      {error ? <p role="alert">{error}</p> : null}
      <ul class="cards extracted">
        {(extracted.data ?? []).map((w) => {
          const key = `${w.document}:${w.id}`;
          return (
            <li key={key} class="card">
              <p>
                <strong>{w.issuer ?? 'Someone'}</strong> warned <strong>{w.recipient ?? '—'}</strong> ({day(w.issued)})
                {w.threat ? `: ${w.threat}` : ''}
              </p>
              <p class="sub">
                <a href={`#/documents/${encodeURIComponent(w.document ?? '')}`}>source report</a> · actor{' '}
                {w.specificity.actor ? '✓' : '✗'} · target {w.specificity.target ? '✓' : '✗'} · place{' '}
                {w.specificity.location} · time {w.specificity.time}
              </p>
              {writable && !proposed.has(key) ? (
                <button
                  type="button"
                  onClick={async () => {
                    setError('');
                    try {
                      // the server drafts it (the same draft ingest proposes) and answers with the one
                      // already proposed from this warning, if any
                      const r = await postJson<WarningRecord>('/api/warnings/proposals', {
                        document: w.document,
                        warning: w.id,
                      });
                      go(`#/warnings/${encodeURIComponent(r.identifier)}`);
                    } catch (err) {
                      setError((err as Error).message);
                    }
                  }}
                >
                  Propose as draft
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
