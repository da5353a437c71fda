import { describe, expect, it } from 'vitest';
import { isForewarnError } from '../errors.js';
import { normaliseDraft, type WarningRecord } from './model.js';
import {
  type Actor,
  ALLOWED_FROM,
  type Command,
  draftFromExtractedWarning,
  gradeThreat,
  leadTimeDays,
  transition,
} from './workflow.js';

const author: Actor = { kind: 'user', id: 'user:a', role: 'analyst' };
const approver: Actor = { kind: 'user', id: 'user:b', role: 'approver' };
const authorApprover: Actor = { kind: 'user', id: 'user:a', role: 'approver' };
const admin: Actor = { kind: 'user', id: 'user:c', role: 'administrator' };
const recipient: Actor = { kind: 'recipient', id: 'partner:p' };
const T = '2026-03-01T09:00:00.000Z';

function draft(): WarningRecord {
  return normaliseDraft(
    {
      threat: { type: 'killing', target: 'Lamu ferry passengers' },
      info: { event: 'Bombing threat' },
      specificity: { target: true, actor: true },
    },
    { identifier: 'forewarn-1', sender: 'ops@forewarn.example', createdBy: 'user:a', now: T },
  );
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isForewarnError(e)) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
}

const assess: Command = { type: 'assess', sourceReliability: 'B', infoCredibility: 2 };
const warn: Command = { type: 'decide', decision: 'warn' };

function decided(): WarningRecord {
  return transition(transition(draft(), assess, author, T), warn, approver, T);
}

describe('transition', () => {
  it('does not modify its input and counts versions', () => {
    const d = draft();
    const a = transition(d, assess, author, '2026-03-01T10:00:00.000Z');
    expect(d.state).toBe('draft');
    expect(a).toMatchObject({ state: 'assessed', version: 2, updatedAt: '2026-03-01T10:00:00.000Z' });
    expect(a.grading).toMatchObject({ assessedBy: 'user:a', credible: true, specific: true });
  });

  it('refuses self-approval even by an approver who wrote the draft', () => {
    const a = transition(draft(), assess, author, T);
    expect(codeOf(() => transition(a, warn, authorApprover, T))).toBe('self_approval');
  });

  it('refuses a decision by an analyst or an administrator, an assessment by a recipient', () => {
    const a = transition(draft(), assess, author, T);
    expect(codeOf(() => transition(a, warn, { kind: 'user', id: 'user:x', role: 'analyst' }, T))).toBe(
      'forbidden_role',
    );
    expect(codeOf(() => transition(a, warn, admin, T))).toBe('forbidden_role');
    expect(codeOf(() => transition(draft(), assess, recipient, T))).toBe('forbidden_role');
    const delivered = transition(decided(), { type: 'deliver' }, author, T);
    expect(codeOf(() => transition(delivered, { type: 'acknowledge' }, author, T))).toBe('forbidden_role');
    expect(transition(delivered, { type: 'acknowledge' }, recipient, T).state).toBe('acknowledged');
  });

  it('requires a justification for every waiver reason', () => {
    const a = transition(draft(), assess, author, T);
    for (const reason of [
      'endangers_sources_methods_operations',
      'victim_is_threat_actor',
      'recipient_already_knows',
      'other',
    ] as const) {
      expect(codeOf(() => transition(a, { type: 'decide', decision: 'waive', reason }, approver, T))).toBe(
        'waiver_justification_required',
      );
      const w = transition(
        a,
        { type: 'decide', decision: 'waive', reason, justification: 'written reasons' },
        approver,
        T,
      );
      expect(w.decision).toMatchObject({
        kind: 'waive',
        reason,
        justification: 'written reasons',
        decidedBy: 'user:b',
      });
    }
    expect(
      codeOf(() =>
        transition(a, { type: 'decide', decision: 'waive', reason: 'bored' as never, justification: 'x' }, approver, T),
      ),
    ).toBe('invalid_warning');
  });

  it('refuses every command from a state it is not allowed from', () => {
    const commands: Record<Command['type'], Command> = {
      edit: { type: 'edit', patch: {} },
      assess,
      decide: warn,
      deliver: { type: 'deliver' },
      acknowledge: { type: 'acknowledge' },
      close: { type: 'close', outcome: { kind: 'none' }, firstDeliveredAt: null },
    };
    const states: [WarningRecord['state'], WarningRecord][] = [
      ['draft', draft()],
      ['decided', decided()],
    ];
    let refused = 0;
    for (const [type, from] of Object.entries(ALLOWED_FROM) as [Command['type'], readonly string[]][]) {
      for (const [state, record] of states) {
        if (from.includes(state)) continue;
        const by = type === 'acknowledge' ? recipient : type === 'decide' ? approver : author;
        expect(codeOf(() => transition(record, commands[type], by, T))).toBe('invalid_transition');
        refused += 1;
      }
    }
    expect(refused).toBe(8);
  });

  it('sets CAP sent at the first delivery only', () => {
    const d1 = transition(decided(), { type: 'deliver' }, author, '2026-03-02T08:00:00.000Z');
    const d2 = transition(d1, { type: 'deliver' }, author, '2026-03-03T08:00:00.000Z');
    expect(d1.sent).toBe('2026-03-02T08:00:00.000Z');
    expect(d2.sent).toBe('2026-03-02T08:00:00.000Z');
    expect(d2.state).toBe('delivered');
  });

  it('requires the threat type and a target or an area before assessment', () => {
    const bare = normaliseDraft(
      { info: { event: 'x' } },
      { identifier: 'forewarn-2', sender: 's', createdBy: 'user:a', now: T },
    );
    expect(codeOf(() => transition(bare, assess, author, T))).toBe('invalid_warning');
    const typed = transition(bare, { type: 'edit', patch: { threat: { type: 'kidnapping' } } }, author, T);
    expect(codeOf(() => transition(typed, assess, author, T))).toBe('invalid_warning');
    const placed = transition(typed, { type: 'edit', patch: { info: { area: [{ areaDesc: 'Lamu' }] } } }, author, T);
    expect(transition(placed, assess, author, T).state).toBe('assessed');
  });

  it('computes the outcome lead time from the first delivery and refuses an earlier incident', () => {
    const delivered = transition(decided(), { type: 'deliver' }, author, '2026-03-02T23:30:00.000Z');
    const close = (incidentDate: string) =>
      transition(
        delivered,
        {
          type: 'close',
          outcome: { kind: 'incident', incidentId: 'inc-1', incidentDate },
          firstDeliveredAt: delivered.sent,
        },
        author,
        T,
      );
    expect(close('2026-03-12').outcome).toMatchObject({ leadTimeDays: 10 });
    expect(close('2026-03-02').outcome).toMatchObject({ leadTimeDays: 0 });
    expect(codeOf(() => close('2026-03-01'))).toBe('invalid_warning');
    expect(codeOf(() => close('12 March'))).toBe('invalid_warning');
  });
});

describe('gradeThreat and leadTimeDays', () => {
  const s = { actor: true, target: false, place: true, time: false, method: false };
  it('grades credible only for A–C with 1–3', () => {
    expect(gradeThreat('C', 3, s)).toEqual({ credible: true, specific: true });
    expect(gradeThreat('D', 1, s).credible).toBe(false);
    expect(gradeThreat('A', 4, s).credible).toBe(false);
    expect(gradeThreat('A', 1, { ...s, place: false }).specific).toBe(false);
    expect(gradeThreat('A', 1, { ...s, actor: false }).specific).toBe(false);
  });
  it('counts calendar days in UTC', () => {
    expect(leadTimeDays('2026-02-27T23:59:00.000Z', '2026-03-01')).toBe(2);
  });
});

describe('draftFromExtractedWarning', () => {
  it('maps the contract warning and infers the threat type only from plain words', () => {
    const base = {
      id: 'w3',
      issuer: 'police',
      recipient: 'residents',
      issued: null,
      threat_actor: null,
      basis: 'intercepted communications',
      specificity: { actor: false, location: 'site' as const, target: true, time: 'window' as const, method: true },
      evidence: [0, 10] as [number, number],
    };
    const d = draftFromExtractedWarning({ ...base, threat: 'an imminent attack on the mall' }, 'doc_9');
    expect(d.threat?.type).toBe('killing');
    expect(d.specificity).toEqual({ actor: false, target: true, place: true, time: true, method: true });
    expect(d.basis).toBe('intercepted communications');
    expect(draftFromExtractedWarning({ ...base, threat: 'unrest' }, 'doc_9').threat?.type).toBeNull();
    expect(draftFromExtractedWarning({ ...base, threat: 'abduction of aid workers' }, 'doc_9').threat?.type).toBe(
      'kidnapping',
    );
  });

  it('names the issuer, recipient and threat actor instead of showing entity ids', () => {
    const w = {
      id: 'w1',
      issuer: 'e2',
      recipient: 'e5',
      issued: '2026-03-01',
      threat: 'a bombing of the port',
      threat_actor: 'e7',
      specificity: { actor: true, location: 'city' as const, target: true, time: 'none' as const },
      evidence: [0, 10] as [number, number],
    };
    const entities = [
      { id: 'e2', name: 'Norland' },
      { id: 'e5', name: 'Estmark' },
      { id: 'e7', name: 'Harbour Brigades' },
    ];
    const d = draftFromExtractedWarning(w, 'doc_4', entities);
    expect(d.threat?.actor).toBe('Harbour Brigades');
    expect(d.info?.description).toContain('Issuer: Norland.');
    expect(d.info?.description).toContain('Recipient of the reported warning: Estmark.');
    expect(d.info?.description).not.toMatch(/\be[257]\b/);
  });
});
