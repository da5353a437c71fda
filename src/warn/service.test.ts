import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isForewarnError } from '../errors.js';
import type { Extraction } from '../extract/contract.js';
import { openStore } from '../store/index.js';
import type { DeliveryTransport, OutgoingDelivery, Principal, WarningService } from './service.js';
import { systemPrincipal } from './service.js';
import { openWarningService } from './store.js';

/** Cheap scrypt for tests; production uses DEFAULT_SCRYPT. */
const FAST = { N: 1024, r: 8, p: 1 };
const PASSWORD = 'correct horse battery';
const SYSTEM = systemPrincipal('test');

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isForewarnError(e)) return e.code;
    throw e;
  }
  throw new Error('expected a refusal, got success');
}

let dir: string;
let path: string;
let clock: Date;
let svc: WarningService;
let analyst: Principal;
let approver: Principal;
let approver2: Principal;
let admin: Principal;

async function open(options: { transport?: DeliveryTransport } = {}): Promise<WarningService> {
  return openWarningService({ path, scrypt: FAST, now: () => clock, sender: 'ops@forewarn.example', ...options });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forewarn-warn-'));
  path = join(dir, 'forewarn.db');
  clock = new Date('2026-03-01T09:00:00Z');
  svc = await open();
  await svc.createUser(SYSTEM, { username: 'admin', password: PASSWORD, role: 'administrator' });
  admin = await svc.authenticatePassword('admin', PASSWORD);
  await svc.createUser(admin, { username: 'ana', password: PASSWORD, role: 'analyst' });
  await svc.createUser(admin, { username: 'paul', password: PASSWORD, role: 'approver' });
  await svc.createUser(admin, { username: 'petra', password: PASSWORD, role: 'approver' });
  analyst = await svc.authenticatePassword('ana', PASSWORD);
  approver = await svc.authenticatePassword('paul', PASSWORD);
  approver2 = await svc.authenticatePassword('petra', PASSWORD);
});

afterEach(async () => {
  await svc.close();
  rmSync(dir, { recursive: true, force: true });
});

const draftInput = {
  threat: { type: 'kidnapping' as const, actor: 'Coastal Liberation Front', target: 'Staff of the Lamu clinic' },
  info: {
    event: 'Kidnapping threat',
    headline: 'Planned abduction of clinic staff in Lamu',
    description: 'Detainees describe a plan to abduct foreign clinic staff within two weeks.',
    instruction: 'Suspend road travel to the clinic; contact the liaison officer.',
    area: [{ areaDesc: 'Lamu, Kenya', circle: { lat: -2.27, lon: 40.9, radiusKm: 10 } }],
  },
  specificity: { actor: true, target: true, place: true, time: true },
  basis: 'interrogation of detainees',
  evidence: { documents: ['doc_0123456789abcdef'], claims: ['c1'] },
  tlp: 'AMBER' as const,
};

async function assessed(author: Principal = analyst): Promise<string> {
  const d = await svc.createDraft(author, draftInput);
  await svc.assess(author, d.identifier, {
    sourceReliability: 'B',
    infoCredibility: 2,
    urgency: 'Expected',
    severity: 'Severe',
    certainty: 'Likely',
  });
  return d.identifier;
}

describe('the whole lifecycle on a SQLite file', () => {
  it('goes draft → assessed → decided → delivered → acknowledged → closed, every step audited', async () => {
    const { partner, token: partnerToken } = await svc.createPartner(admin, { name: 'Lamu County Police' });
    const draft = await svc.createDraft(analyst, draftInput);
    expect(draft.state).toBe('draft');
    expect(draft.createdBy).toBe(`user:${analyst.kind === 'user' ? analyst.id : ''}`);

    const edited = await svc.updateDraft(analyst, draft.identifier, { info: { urgency: 'Immediate' } });
    expect(edited.info.urgency).toBe('Immediate');
    expect(edited.version).toBe(2);

    const graded = await svc.assess(analyst, draft.identifier, {
      sourceReliability: 'B',
      infoCredibility: 2,
      severity: 'Severe',
      certainty: 'Likely',
    });
    expect(graded.state).toBe('assessed');
    expect(graded.grading).toMatchObject({
      sourceReliability: 'B',
      infoCredibility: 2,
      credible: true,
      specific: true,
    });

    clock = new Date('2026-03-01T11:00:00Z');
    const decided = await svc.decide(approver, draft.identifier, { decision: 'warn', note: 'credible and specific' });
    expect(decided.state).toBe('decided');
    expect(decided.decision).toMatchObject({ kind: 'warn' });

    clock = new Date('2026-03-02T08:30:00Z');
    const { warning, delivery, ackToken } = await svc.deliver(analyst, draft.identifier, {
      channel: 'taxii',
      partnerId: partner.id,
    });
    expect(warning.state).toBe('delivered');
    expect(warning.sent).toBe('2026-03-02T08:30:00.000Z');
    expect(delivery.message).toContain('<identifier>' + draft.identifier + '</identifier>');
    expect(ackToken).toMatch(/^fwa_/);

    const email = await svc.deliver(analyst, draft.identifier, { channel: 'email', to: ['security@clinic.example'] });
    expect(email.delivery.target).toBe('security@clinic.example');

    const ack = await svc.acknowledge({ partnerToken, deliveryId: delivery.id, note: 'received, patrols doubled' });
    expect(ack.ack.msgType).toBe('Ack');
    expect(ack.ack.references).toBe(`ops@forewarn.example,${draft.identifier},2026-03-02T08:30:00-00:00`);
    expect(ack.xml).toContain('<msgType>Ack</msgType>');
    expect((await svc.getWarning(analyst, draft.identifier)).state).toBe('acknowledged');

    // The link token of the e-mail delivery works once.
    const linkAck = await svc.acknowledge({ ackToken: email.ackToken });
    expect(linkAck.delivery.acknowledgedBy).toBe(`link:${email.delivery.id}`);

    clock = new Date('2026-03-10T12:00:00Z');
    const closed = await svc.recordOutcome(analyst, draft.identifier, {
      kind: 'incident',
      incidentId: 'inc-42',
      incidentDate: '2026-03-09',
    });
    expect(closed.state).toBe('closed');
    expect(closed.outcome).toMatchObject({ kind: 'incident', incidentId: 'inc-42', leadTimeDays: 7 });

    const deliveries = await svc.listDeliveries(analyst, draft.identifier);
    expect(deliveries.map((d) => d.acknowledgedAt !== null)).toEqual([true, true]);

    const history = await svc.history(approver, draft.identifier);
    expect(history.map((r) => r.action)).toEqual([
      'warning.create',
      'warning.edit',
      'warning.assess',
      'warning.decide',
      'warning.deliver',
      'delivery.create',
      'warning.deliver',
      'delivery.create',
      'warning.acknowledge',
      'warning.acknowledge',
      'warning.outcome',
    ]);
    const decideRow = history.find((r) => r.action === 'warning.decide')!;
    expect(decideRow.actor).toBe(`user:${approver.kind === 'user' ? approver.id : ''}`);
    expect(decideRow.changes.state).toEqual({ before: 'assessed', after: 'decided' });

    const verdict = await svc.verifyAuditChain(admin);
    expect(verdict.ok).toBe(true);

    // Persisted: a fresh service on the same file sees the same record.
    await svc.close();
    svc = await open();
    const again = await svc.getWarning(approver, draft.identifier);
    expect(again.outcome).toMatchObject({ leadTimeDays: 7 });
    expect((await svc.verifyAuditChain(SYSTEM)).ok).toBe(true);
  });

  it('waives with a reason and a justification, then closes with no incident', async () => {
    const id = await assessed();
    const waived = await svc.decide(approver, id, {
      decision: 'waive',
      reason: 'recipient_already_knows',
      justification: 'The police commander briefed the clinic in person on 28 February.',
    });
    expect(waived.decision).toMatchObject({ kind: 'waive', reason: 'recipient_already_knows' });
    expect(await codeOf(svc.deliver(analyst, id, { channel: 'manual', notes: 'phone call' }))).toBe(
      'invalid_transition',
    );
    const closed = await svc.recordOutcome(analyst, id, { kind: 'none', note: 'no incident within 60 days' });
    expect(closed.outcome).toMatchObject({ kind: 'none' });
    const json = await svc.exportCap(analyst, id, 'json');
    expect(json).toMatchObject({
      identifier: id,
      msgType: 'Alert',
      info: [{ category: ['Security'], severity: 'Severe' }],
    });
    expect(await svc.exportCap(analyst, id)).toContain(`<identifier>${id}</identifier>`);
  });

  it('shares the database file with the main store, each with its own migration table', async () => {
    const store = await openStore({ path });
    await store.close();
    await svc.close();
    svc = await open();
    const raw = new Database(path, { readonly: true });
    const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    raw.close();
    expect(tables).toEqual(expect.arrayContaining(['kysely_migration', 'warn_migration', 'documents', 'warn_audit']));
    expect(await svc.listUsers(admin)).toHaveLength(4);
  });

  it('proposes drafts from an extraction, marked extracted, once per document warning', async () => {
    const extraction: Extraction = {
      schema: 'extraction/1',
      document: { id: 'doc_feedfacecafebeef', published: '2026-02-27', language: 'en', length: 200 },
      entities: [],
      events: [],
      claims: [],
      warnings: [
        {
          id: 'w1',
          issuer: 'the US embassy',
          recipient: 'American citizens',
          issued: '2026-02-26',
          threat: 'planned kidnappings of foreigners in Lamu',
          threat_actor: 'Coastal Liberation Front',
          basis: null,
          specificity: { actor: true, location: 'city', target: false, time: 'none' },
          evidence: [0, 120],
        },
      ],
    };
    const first = await svc.proposeFromExtraction(SYSTEM, extraction);
    expect(first.created).toHaveLength(1);
    const d = first.created[0]!;
    expect(d).toMatchObject({
      origin: 'extracted',
      source: { document: 'doc_feedfacecafebeef', warning: 'w1' },
      state: 'draft',
      threat: { type: 'kidnapping', actor: 'Coastal Liberation Front' },
      specificity: { actor: true, place: true, target: false, time: false },
      evidence: { documents: ['doc_feedfacecafebeef'], claims: [] },
    });
    expect(d.createdBy).toBe('system:test');
    const second = await svc.proposeFromExtraction(SYSTEM, extraction);
    expect(second).toEqual({ created: [], skipped: ['w1'] });
    // A proposal by tooling is decided by a person who is not its author.
    await svc.updateDraft(analyst, d.identifier, { threat: { target: 'foreign residents of Lamu' } });
    await svc.assess(analyst, d.identifier, { sourceReliability: 'C', infoCredibility: 3 });
    expect((await svc.decide(approver, d.identifier, { decision: 'warn' })).state).toBe('decided');
  });

  it('audits every read of a RED warning, and not of others', async () => {
    const red = await svc.createDraft(analyst, { ...draftInput, tlp: 'RED' });
    const amber = await svc.createDraft(analyst, draftInput);
    await svc.getWarning(approver, red.identifier);
    await svc.getWarning(approver, amber.identifier);
    await svc.exportCap(approver, red.identifier, 'xml');
    await svc.listWarnings(analyst);
    await svc.listDeliveries(analyst, red.identifier);
    await svc.history(admin, red.identifier);
    await svc.listDeliveries(analyst, amber.identifier);
    await svc.history(admin, amber.identifier);
    const reads = (await svc.listAudit(admin, { limit: 1000 })).items.filter((r) => r.action === 'warning.read');
    expect(reads.map((r) => [r.subjectId, r.changes.read?.after])).toEqual([
      [red.identifier, 'get'],
      [red.identifier, 'get'],
      [red.identifier, 'list'],
      [red.identifier, 'deliveries'],
      [red.identifier, 'history'],
    ]);
    expect(reads[0]!.actor).toBe(`user:${approver.kind === 'user' ? approver.id : ''}`);
  });

  it('records a delivery sent through the transport, and a failed one as a failure', async () => {
    const sent: OutgoingDelivery[] = [];
    let fail = false;
    await svc.close();
    svc = await open({
      transport: {
        async send(d) {
          if (fail) throw new Error('connection refused');
          sent.push(d);
        },
      },
    });
    const id = await assessed();
    await svc.decide(approver, id, { decision: 'warn' });
    await svc.deliver(analyst, id, { channel: 'webhook', url: 'https://partner.example/cap' });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.xml).toContain('urn:oasis:names:tc:emergency:cap:1.2');
    fail = true;
    expect(await codeOf(svc.deliver(analyst, id, { channel: 'webhook', url: 'https://other.example/cap' }))).toBe(
      'delivery_failed',
    );
    expect(await svc.listDeliveries(analyst, id)).toHaveLength(1);
    const actions = (await svc.history(approver, id)).map((r) => r.action);
    expect(actions.at(-1)).toBe('warning.delivery_failed');
  });
});

describe('refusals, each with its code', () => {
  it('an author approving their own warning: self_approval', async () => {
    const id = await assessed(approver);
    expect(await codeOf(svc.decide(approver, id, { decision: 'warn' }))).toBe('self_approval');
    expect((await svc.decide(approver2, id, { decision: 'warn' })).state).toBe('decided');
  });

  it('a waiver without justification: waiver_justification_required', async () => {
    const id = await assessed();
    expect(await codeOf(svc.decide(approver, id, { decision: 'waive', reason: 'other' }))).toBe(
      'waiver_justification_required',
    );
    expect(await codeOf(svc.decide(approver, id, { decision: 'waive', reason: 'other', justification: '   ' }))).toBe(
      'waiver_justification_required',
    );
    // Nothing was written by the refusals.
    expect((await svc.getWarning(analyst, id)).state).toBe('assessed');
  });

  it('an analyst deciding: forbidden_role', async () => {
    const id = await assessed(approver);
    expect(await codeOf(svc.decide(analyst, id, { decision: 'warn' }))).toBe('forbidden_role');
  });

  it('an administrator working warnings, an analyst managing users: forbidden_role', async () => {
    expect(await codeOf(svc.createDraft(admin, draftInput))).toBe('forbidden_role');
    expect(
      await codeOf(svc.createUser(analyst, { username: 'mallory', password: PASSWORD, role: 'administrator' })),
    ).toBe('forbidden_role');
    expect(await codeOf(svc.decide(SYSTEM, await assessed(), { decision: 'warn' }))).toBe('forbidden_role');
  });

  it('a disabled user: user_disabled, by password, token, session and an already issued principal', async () => {
    const { token } = await svc.createToken(analyst, { name: 'script' });
    const { sessionId } = await svc.login('ana', PASSWORD);
    expect((await svc.authenticateToken(token)).kind).toBe('user');
    await svc.disableUser(admin, 'ana');
    expect(await codeOf(svc.authenticatePassword('ana', PASSWORD))).toBe('user_disabled');
    expect(await codeOf(svc.authenticateToken(token))).toBe('user_disabled');
    expect(await codeOf(svc.authenticateSession(sessionId))).toBe('user_disabled');
    expect(await codeOf(svc.createDraft(analyst, draftInput))).toBe('user_disabled');
    await svc.enableUser(admin, 'ana');
    expect((await svc.authenticateToken(token)).kind).toBe('user');
  });

  it('a role change counts at once, even for a principal issued before it', async () => {
    const id = await assessed();
    await svc.setRole(admin, 'paul', 'analyst');
    expect(await codeOf(svc.decide(approver, id, { decision: 'warn' }))).toBe('forbidden_role');
    await svc.setRole(admin, 'paul', 'approver');
    expect((await svc.decide(approver, id, { decision: 'warn' })).state).toBe('decided');
  });

  it('a user changes their own password; only user.manage changes another one', async () => {
    const fresh = 'a brand new passphrase';
    await svc.setPassword(analyst, 'ana', fresh);
    expect(await codeOf(svc.authenticatePassword('ana', PASSWORD))).toBe('invalid_credentials');
    expect((await svc.authenticatePassword('ana', fresh)).kind).toBe('user');
    expect(await codeOf(svc.setPassword(analyst, 'paul', fresh))).toBe('forbidden_role');
    const row = (await svc.listAudit(admin, { limit: 1000 })).items.find((r) => r.action === 'user.password')!;
    expect(JSON.stringify(row.changes)).not.toContain('scrypt');
  });

  it('a wrong password, an unknown user, a wrong or revoked token: invalid_credentials', async () => {
    expect(await codeOf(svc.authenticatePassword('ana', 'not the password'))).toBe('invalid_credentials');
    expect(await codeOf(svc.authenticatePassword('nobody', PASSWORD))).toBe('invalid_credentials');
    expect(await codeOf(svc.authenticateToken('fwt_made-up'))).toBe('invalid_credentials');
    const { token, view } = await svc.createToken(analyst, { name: 'script' });
    await svc.revokeToken(analyst, view.id);
    expect(await codeOf(svc.authenticateToken(token))).toBe('invalid_credentials');
  });

  it('an expired or ended session: session_expired, invalid_credentials', async () => {
    const { sessionId } = await svc.login('ana', PASSWORD);
    expect(await svc.authenticateSession(sessionId)).toMatchObject({ username: 'ana', role: 'analyst' });
    clock = new Date(clock.getTime() + 9 * 3600_000);
    expect(await codeOf(svc.authenticateSession(sessionId))).toBe('session_expired');
    const second = await svc.login('ana', PASSWORD);
    await svc.logout(second.sessionId);
    expect(await codeOf(svc.authenticateSession(second.sessionId))).toBe('invalid_credentials');
  });

  it('a short password: weak_password; a duplicate user: user_exists', async () => {
    expect(await codeOf(svc.createUser(admin, { username: 'bob', password: 'short', role: 'analyst' }))).toBe(
      'weak_password',
    );
    expect(await codeOf(svc.createUser(admin, { username: 'ana', password: PASSWORD, role: 'analyst' }))).toBe(
      'user_exists',
    );
  });

  describe('acknowledgements', () => {
    let id: string;
    let deliveryId: string;
    let ackToken: string;
    let otherToken: string;
    beforeEach(async () => {
      const a = await svc.createPartner(admin, { name: 'Lamu County Police' });
      const b = await svc.createPartner(admin, { name: 'Mombasa Port Authority' });
      otherToken = b.token;
      id = await assessed();
      await svc.decide(approver, id, { decision: 'warn' });
      const d = await svc.deliver(analyst, id, { channel: 'taxii', partnerId: a.partner.id });
      deliveryId = d.delivery.id;
      ackToken = d.ackToken;
    });

    it('from the wrong partner: ack_wrong_partner', async () => {
      expect(await codeOf(svc.acknowledge({ partnerToken: otherToken, deliveryId }))).toBe('ack_wrong_partner');
      expect((await svc.getWarning(analyst, id)).state).toBe('delivered');
    });

    it('with a wrong one-time token: ack_token_invalid', async () => {
      expect(await codeOf(svc.acknowledge({ ackToken: 'fwa_guess' }))).toBe('ack_token_invalid');
    });

    it('with a used one-time token: ack_token_used', async () => {
      await svc.acknowledge({ ackToken });
      expect(await codeOf(svc.acknowledge({ ackToken }))).toBe('ack_token_used');
    });

    it('with unknown partner credentials: invalid_credentials', async () => {
      expect(await codeOf(svc.acknowledge({ partnerToken: 'fwp_nope', deliveryId }))).toBe('invalid_credentials');
    });
  });

  it('out-of-order commands: invalid_transition', async () => {
    const d = await svc.createDraft(analyst, draftInput);
    expect(await codeOf(svc.decide(approver, d.identifier, { decision: 'warn' }))).toBe('invalid_transition');
    await svc.assess(analyst, d.identifier, { sourceReliability: 'A', infoCredibility: 1 });
    expect(await codeOf(svc.updateDraft(analyst, d.identifier, { basis: 'x' }))).toBe('invalid_transition');
    await svc.decide(approver, d.identifier, { decision: 'warn' });
    expect(await codeOf(svc.recordOutcome(analyst, d.identifier, { kind: 'none' }))).toBe('invalid_transition');
  });

  it('a default restriction follows the TLP; a written one stays', async () => {
    const d = await svc.createDraft(analyst, draftInput);
    expect(d.restriction).toMatch(/^TLP:AMBER /);
    const red = await svc.updateDraft(analyst, d.identifier, { tlp: 'RED' });
    expect(red.restriction).toMatch(/^TLP:RED /);
    const own = await svc.updateDraft(analyst, d.identifier, { restriction: 'County security committee only' });
    expect((await svc.updateDraft(analyst, d.identifier, { tlp: 'AMBER' })).restriction).toBe(own.restriction);
  });

  it('invalid content: invalid_warning naming the field', async () => {
    try {
      await svc.createDraft(analyst, { ...draftInput, tlp: 'PURPLE' as never });
      throw new Error('accepted');
    } catch (e) {
      expect(isForewarnError(e) && e.code).toBe('invalid_warning');
      expect(isForewarnError(e) && e.details?.field).toBe('tlp');
    }
    const d = await svc.createDraft(analyst, { info: { event: 'Threat' } });
    expect(await codeOf(svc.assess(analyst, d.identifier, { sourceReliability: 'B', infoCredibility: 2 }))).toBe(
      'invalid_warning',
    );
  });
});
