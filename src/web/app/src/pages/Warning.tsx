/**
 * One managed warning and the screens of its workflow: edit and assess a
 * draft, decide (approvers other than the author), deliver, record the
 * recipient's acknowledgement, record the outcome. The server enforces every
 * rule; the screen shows only the controls the user's role allows and
 * explains the others.
 */
import { useState } from 'preact/hooks';
import { type AuditRow, api, itemsOf, type Me, patchJson, postJson, type WarningRecord } from '../api.js';
import { day, useAsync } from '../util.js';
import { canWrite, PARTS, Specificity, STATES, THREAT_TYPES, ThreatParties } from './Warnings.js';

const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'];
const CREDIBILITY = [1, 2, 3, 4, 5, 6];
const URGENCY = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'];
const SEVERITY = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'];
const CERTAINTY = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'];
const WAIVERS = ['endangers_sources_methods_operations', 'victim_is_threat_actor', 'recipient_already_knows', 'other'];

function Select({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string;
  name: string;
  options: (string | number)[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o} value={String(o)}>
            {String(o).replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </label>
  );
}

type Act = (label: string, run: () => Promise<unknown>) => Promise<void>;

function EditDraft({ w, act }: { w: WarningRecord; act: Act }) {
  const [type, setType] = useState(w.threat.type ?? '');
  const [actor, setActor] = useState(w.threat.actor ?? '');
  const [target, setTarget] = useState(w.threat.target ?? '');
  const [spec, setSpec] = useState(w.specificity);
  return (
    <form
      class="stack card"
      aria-labelledby="edit-h"
      onSubmit={(e) => {
        e.preventDefault();
        act('Draft saved', () =>
          patchJson(`/api/warnings/${encodeURIComponent(w.identifier)}`, {
            threat: { type: type || null, actor: actor || null, target: target || null },
            specificity: spec,
          }),
        );
      }}
    >
      <h3 id="edit-h">Edit the draft</h3>
      <Select label="Threat type" name="threat-type" options={['', ...THREAT_TYPES]} value={type} onChange={setType} />
      <ThreatParties actor={actor} setActor={setActor} target={target} setTarget={setTarget} />
      <fieldset>
        <legend>Known parts of the threat</legend>
        {PARTS.map((p) => (
          <label key={p} class="inline">
            <input
              type="checkbox"
              name={`spec-${p}`}
              checked={spec[p]}
              onChange={(e) => setSpec({ ...spec, [p]: e.currentTarget.checked })}
            />
            {p}
          </label>
        ))}
      </fieldset>
      <button type="submit">Save draft</button>
    </form>
  );
}

function Assess({ w, act }: { w: WarningRecord; act: Act }) {
  const [rel, setRel] = useState(w.grading?.sourceReliability ?? 'B');
  const [cred, setCred] = useState(String(w.grading?.infoCredibility ?? 2));
  const [urgency, setUrgency] = useState(w.info.urgency ?? 'Expected');
  const [severity, setSeverity] = useState(w.info.severity ?? 'Severe');
  const [certainty, setCertainty] = useState('Likely');
  const [note, setNote] = useState('');
  return (
    <form
      class="stack card"
      aria-labelledby="assess-h"
      onSubmit={(e) => {
        e.preventDefault();
        act('Assessed', () =>
          postJson(`/api/warnings/${encodeURIComponent(w.identifier)}/assess`, {
            sourceReliability: rel,
            infoCredibility: Number(cred),
            urgency,
            severity,
            certainty,
            note: note || null,
          }),
        );
      }}
    >
      <h3 id="assess-h">Assess (Admiralty code and CAP grading)</h3>
      <Select label="Source reliability" name="reliability" options={RELIABILITY} value={rel} onChange={setRel} />
      <Select
        label="Information credibility"
        name="credibility"
        options={CREDIBILITY}
        value={cred}
        onChange={setCred}
      />
      <Select label="Urgency" name="urgency" options={URGENCY} value={urgency} onChange={setUrgency} />
      <Select label="Severity" name="severity" options={SEVERITY} value={severity} onChange={setSeverity} />
      <Select label="Certainty" name="certainty" options={CERTAINTY} value={certainty} onChange={setCertainty} />
      <label>
        Assessment note
        <input name="assess-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit">{w.state === 'assessed' ? 'Re-assess' : 'Assess'}</button>
    </form>
  );
}

function Decide({ w, act }: { w: WarningRecord; act: Act }) {
  const [decision, setDecision] = useState('warn');
  const [reason, setReason] = useState(WAIVERS[0] as string);
  const [justification, setJustification] = useState('');
  const [note, setNote] = useState('');
  return (
    <form
      class="stack card"
      aria-labelledby="decide-h"
      onSubmit={(e) => {
        e.preventDefault();
        act('Decided', () =>
          postJson(
            `/api/warnings/${encodeURIComponent(w.identifier)}/decide`,
            decision === 'warn'
              ? { decision, note: note || null }
              : { decision, reason, justification: justification || null },
          ),
        );
      }}
    >
      <h3 id="decide-h">Decide</h3>
      <fieldset>
        <legend>Decision</legend>
        <label class="inline">
          <input
            type="radio"
            name="decision"
            value="warn"
            checked={decision === 'warn'}
            onChange={() => setDecision('warn')}
          />
          Warn the intended victim
        </label>
        <label class="inline">
          <input
            type="radio"
            name="decision"
            value="waive"
            checked={decision === 'waive'}
            onChange={() => setDecision('waive')}
          />
          Waive (with a reason and a written justification)
        </label>
      </fieldset>
      {decision === 'waive' ? (
        <>
          <Select label="Waiver reason" name="waiver-reason" options={WAIVERS} value={reason} onChange={setReason} />
          <label>
            Justification
            <textarea
              name="justification"
              value={justification}
              onInput={(e) => setJustification(e.currentTarget.value)}
            />
          </label>
        </>
      ) : (
        <label>
          Decision note
          <input name="decide-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
      )}
      <button type="submit">Record decision</button>
    </form>
  );
}

function Deliver({
  w,
  act,
  onLink,
}: {
  w: WarningRecord;
  act: Act;
  onLink: (link: { path: string; page: string }) => void;
}) {
  const [notes, setNotes] = useState('');
  return (
    <form
      class="stack card"
      aria-labelledby="deliver-h"
      onSubmit={(e) => {
        e.preventDefault();
        act('Delivery recorded', async () => {
          const r = await postJson<{ ackPath: string; ackPage: string }>(
            `/api/warnings/${encodeURIComponent(w.identifier)}/deliveries`,
            {
              channel: 'manual',
              notes,
            },
          );
          onLink({ path: r.ackPath, page: r.ackPage });
        });
      }}
    >
      <h3 id="deliver-h">Deliver</h3>
      <label>
        Who was told, how and when
        <textarea name="delivery-notes" required value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      <button type="submit">Record delivery</button>
    </form>
  );
}

function Outcome({ w, act }: { w: WarningRecord; act: Act }) {
  const [kind, setKind] = useState('incident');
  const [incidentId, setIncidentId] = useState('');
  const [incidentDate, setIncidentDate] = useState('');
  const [note, setNote] = useState('');
  return (
    <form
      class="stack card"
      aria-labelledby="outcome-h"
      onSubmit={(e) => {
        e.preventDefault();
        act('Outcome recorded', () =>
          postJson(
            `/api/warnings/${encodeURIComponent(w.identifier)}/outcome`,
            kind === 'incident' ? { kind, incidentId, incidentDate, note: note || null } : { kind, note: note || null },
          ),
        );
      }}
    >
      <h3 id="outcome-h">Record the outcome and close</h3>
      <Select label="Outcome" name="outcome-kind" options={['incident', 'none']} value={kind} onChange={setKind} />
      {kind === 'incident' ? (
        <>
          <label>
            Incident id
            <input
              name="incident-id"
              required
              value={incidentId}
              onInput={(e) => setIncidentId(e.currentTarget.value)}
            />
          </label>
          <label>
            Incident date
            <input
              name="incident-date"
              type="date"
              required
              value={incidentDate}
              onInput={(e) => setIncidentDate(e.currentTarget.value)}
            />
          </label>
        </>
      ) : null}
      <label>
        Outcome note
        <input name="outcome-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit">Close the warning</button>
    </form>
  );
}

export function WarningPage({ id, me }: { id: string; me: Me | null }) {
  const w = useAsync(() => api.warning(id), [id]);
  const deliveries = useAsync(() => api.deliveries(id), [id, w.data?.version]);
  const history = useAsync(() => api.history(id).then(itemsOf<AuditRow>), [id, w.data?.version]);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [ackLink, setAckLink] = useState<{ path: string; page: string } | null>(null);
  const act: Act = async (label, run) => {
    setError('');
    setMessage('');
    try {
      await run();
      setMessage(label);
      w.reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (w.loading && !w.data) return <p aria-live="polite">Loading warning…</p>;
  if (!w.data) return <p role="alert">Could not load the warning: {w.error?.message}</p>;
  const r = w.data;
  const writer = canWrite(me);
  const approver = me?.user.role === 'approver';
  const author = !!me && r.createdBy === `user:${me.user.id}`;
  const step = STATES.indexOf(r.state);
  return (
    <article class="warning" data-state={r.state}>
      <p>
        <a href="#/warnings">← Ledger</a>
      </p>
      <h1>{r.info.headline ?? r.info.event}</h1>
      <ol class="stepper" aria-label="Workflow">
        {STATES.map((s, i) => (
          <li
            key={s}
            class={i < step ? 'done' : i === step ? 'now' : ''}
            aria-current={i === step ? 'step' : undefined}
          >
            {s}
          </li>
        ))}
      </ol>
      <p class="current-state" role="status">
        State: <strong>{r.state}</strong> · version {r.version}
      </p>
      <dl class="facts">
        <dt>Threat</dt>
        <dd>
          {r.threat.type?.replaceAll('_', ' ') ?? 'type not yet known'} by {r.threat.actor ?? 'unknown actor'} against{' '}
          {r.threat.target ?? 'unknown target'}
        </dd>
        <dt>Known parts</dt>
        <dd>
          <Specificity s={r.specificity} />
        </dd>
        <dt>Issuer</dt>
        <dd>{r.sender}</dd>
        <dt>Written by</dt>
        <dd>
          {r.createdBy} on {day(r.createdAt)}
        </dd>
        {r.source ? (
          <>
            <dt>Proposed from</dt>
            <dd class="proposed-from">
              warning {r.source.warning} of{' '}
              <a href={`#/documents/${encodeURIComponent(r.source.document)}`}>the report {r.source.document}</a>
            </dd>
          </>
        ) : null}
        <dt>TLP</dt>
        <dd>{r.tlp}</dd>
        {r.grading ? (
          <>
            <dt>Grading</dt>
            <dd>
              {r.grading.sourceReliability}
              {r.grading.infoCredibility} · {r.grading.credible ? 'credible' : 'not credible'} ·{' '}
              {r.grading.specific ? 'specific' : 'not specific'}
            </dd>
          </>
        ) : null}
        {r.decision ? (
          <>
            <dt>Decision</dt>
            <dd>
              {r.decision.kind} by {r.decision.decidedBy}
              {r.decision.reason ? ` (${r.decision.reason.replaceAll('_', ' ')}: ${r.decision.justification})` : ''}
            </dd>
          </>
        ) : null}
        {r.outcome ? (
          <>
            <dt>Outcome</dt>
            <dd>
              {r.outcome.kind === 'incident'
                ? `incident ${r.outcome.incidentId} on ${r.outcome.incidentDate}, lead time ${r.outcome.leadTimeDays} days`
                : 'no incident'}
            </dd>
          </>
        ) : null}
        {r.evidence.documents.length ? (
          <>
            <dt>Evidence</dt>
            <dd>
              {r.evidence.documents.map((d) => (
                <a key={d} href={`#/documents/${encodeURIComponent(d)}`}>
                  {d}{' '}
                </a>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      {message ? (
        <p class="ok-note" role="status">
          {message}.
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <section aria-labelledby="actions-h">
        <h2 id="actions-h">Next steps</h2>
        {!writer ? <p class="muted">Your role may read warnings but not change them.</p> : null}
        {writer && r.state === 'draft' ? <EditDraft w={r} act={act} /> : null}
        {r.state === 'assessed' && writer && !approver ? (
          <p class="muted">Only an approver may decide whether to warn.</p>
        ) : null}
        {r.state === 'assessed' && approver && author ? (
          <p class="muted">You wrote this warning: another approver must decide.</p>
        ) : null}
        {r.state === 'assessed' && approver && !author ? <Decide w={r} act={act} /> : null}
        {writer && (r.state === 'draft' || r.state === 'assessed') ? <Assess w={r} act={act} /> : null}
        {writer && ['decided', 'delivered', 'acknowledged'].includes(r.state) && r.decision?.kind === 'warn' ? (
          <Deliver w={r} act={act} onLink={setAckLink} />
        ) : null}
        {ackLink ? (
          <div class="card">
            <p>
              One-time acknowledgement link for the recipient (shown once):{' '}
              <code class="ack-link">{`${location.origin}${ackLink.page}`}</code>
            </p>
            <button type="button" onClick={() => act('Acknowledgement recorded', () => postJson(ackLink.path, {}))}>
              Record the recipient's acknowledgement
            </button>
          </div>
        ) : null}
        {writer && ['decided', 'delivered', 'acknowledged'].includes(r.state) ? <Outcome w={r} act={act} /> : null}
        {r.state === 'closed' ? <p class="muted">This warning is closed.</p> : null}
      </section>
      <section aria-labelledby="deliveries-h">
        <h2 id="deliveries-h">Deliveries</h2>
        {(deliveries.data?.items ?? []).length === 0 ? <p class="muted">None yet.</p> : null}
        <ul class="deliveries">
          {(deliveries.data?.items ?? []).map((d) => (
            <li key={d.id}>
              {d.channel} by {d.deliveredBy} on {day(d.deliveredAt)}: {d.notes ?? d.target ?? ''} —{' '}
              {d.acknowledgedAt ? `acknowledged ${day(d.acknowledgedAt)}` : 'not acknowledged'}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="history-h">
        <h2 id="history-h">History</h2>
        <ol class="history">
          {(history.data ?? []).map((h) => (
            <li key={h.seq}>
              {h.at.replace('T', ' ').slice(0, 19)} · {h.action} · {h.actor}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
