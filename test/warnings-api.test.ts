/**
 * The duty-to-warn workflow over real HTTP: a server on 127.0.0.1 (port 0)
 * over a real SQLite file, the warning service on the store's own
 * connection, users with real API tokens, partners with real partner tokens,
 * requests with fetch. Walks a warning through its whole lifecycle, checks
 * every refusal's status and code, parses the CAP export with a real XML
 * parser, and interleaves store and warning writes in one process.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { extract } from '../src/extract/index.js';
import { documentIdForText, openStore } from '../src/store/index.js';
import type { Store } from '../src/store/port.js';
import { sharedConnectionOf } from '../src/store/sqlite.js';
import { createWarningService, systemPrincipal, type WarningService } from '../src/warn/index.js';
import { jsonOrNull } from './helpers/http.js';

interface Res<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  json: T;
  text: string;
}

let dir: string;
let store: Store;
let svc: WarningService;
let multi: FastifyInstance;
let local: FastifyInstance;
let base: string;
let localBase: string;
const tokens: Record<string, string> = {};
const partners: Record<string, { id: string; token: string }> = {};
const SYSTEM = systemPrincipal('test');
const PASSWORD = 'correct horse battery staple';

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

async function call<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: { as?: string; bearer?: string; body?: unknown; headers?: Record<string, string>; at?: string } = {},
): Promise<Res<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const bearer = options.bearer ?? (options.as ? tokens[options.as] : undefined);
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${options.at ?? base}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  const json = jsonOrNull(text);
  return { status: res.status, headers: res.headers, json: json as T, text };
}

const codeOf = (r: Res): string | undefined => (r.json as { error?: { code?: string } } | null)?.error?.code;

const draft = {
  info: {
    event: 'Threat to kill a magistrate',
    headline: 'Planned shooting of magistrate at the Mombasa law courts',
    description: 'A detained member said the cell plans to shoot the magistrate on her way to court.',
    instruction: 'Vary the route; armed escort.',
    area: [{ areaDesc: 'Mombasa Law Courts', circle: { lat: -4.06, lon: 39.67, radiusKm: 1 } }],
  },
  threat: { type: 'killing', actor: 'Coastal cell', target: 'the presiding magistrate' },
  specificity: { actor: true, target: true, place: true },
  basis: 'interrogation of a detainee',
  tlp: 'AMBER',
};
const grading = {
  sourceReliability: 'B',
  infoCredibility: 2,
  urgency: 'Expected',
  severity: 'Extreme',
  certainty: 'Likely',
};

async function newAssessed(author: string): Promise<string> {
  const created = await call<{ identifier: string }>('POST', '/api/warnings', { as: author, body: draft });
  expect(created.status, created.text).toBe(201);
  const id = created.json.identifier;
  const assessed = await call('POST', `/api/warnings/${id}/assess`, { as: author, body: grading });
  expect(assessed.status, assessed.text).toBe(200);
  return id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forewarn-warnings-api-'));
  store = await openStore({ path: join(dir, 'forewarn.db') });
  const shared = sharedConnectionOf(store);
  if (!shared) throw new Error('not a SQLite store');
  // Cheap scrypt: these tests are about the workflow, not the password hash cost.
  svc = await createWarningService(shared.db, {
    serialiseWrites: shared.serialise,
    scrypt: { N: 1024, r: 8, p: 1 },
  });
  for (const [username, role] of [
    ['admin', 'administrator'],
    ['alice', 'analyst'],
    ['bob', 'approver'],
    ['carol', 'approver'],
  ] as const) {
    await svc.createUser(SYSTEM, { username, password: PASSWORD, role });
    tokens[username] = (await svc.createToken(SYSTEM, { name: 'test', username })).token;
  }
  for (const name of ['Harbour Police', 'Other Agency']) {
    const { partner, token } = await svc.createPartner(SYSTEM, { name });
    partners[name] = { id: partner.id, token };
  }
  multi = buildServer({ store, warnings: svc, mode: 'multi-user' });
  base = await listen(multi);
  local = buildServer({ store, warnings: svc, mode: 'local' });
  localBase = await listen(local);
});

afterAll(async () => {
  await multi?.close();
  await local?.close();
  await svc?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the whole lifecycle over HTTP', () => {
  it('draft → assess → decide (another approver) → deliver manual and by TAXII → acknowledge twice → outcome', async () => {
    const created = await call<{ identifier: string; state: string; createdBy: string; origin: string }>(
      'POST',
      '/api/warnings',
      { as: 'alice', body: draft },
    );
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ state: 'draft', origin: 'manual' });
    const id = created.json.identifier;

    const edited = await call('PATCH', `/api/warnings/${id}`, { as: 'alice', body: { tlp: 'AMBER+STRICT' } });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json).toMatchObject({ tlp: 'AMBER+STRICT', version: 2 });

    const assessed = await call('POST', `/api/warnings/${id}/assess`, { as: 'alice', body: grading });
    expect(assessed.status, assessed.text).toBe(200);
    expect(assessed.json).toMatchObject({ state: 'assessed', grading: { credible: true, specific: true } });

    const decided = await call('POST', `/api/warnings/${id}/decide`, {
      as: 'bob',
      body: { decision: 'warn', note: 'credible and specific: duty to warn' },
    });
    expect(decided.status, decided.text).toBe(200);
    expect(decided.json).toMatchObject({ state: 'decided', decision: { kind: 'warn' } });

    const manual = await call<{ delivery: { id: string; channel: string }; ackToken: string; ackPath: string }>(
      'POST',
      `/api/warnings/${id}/deliveries`,
      { as: 'alice', body: { channel: 'manual', notes: 'told the magistrate in person, 09:10' } },
    );
    expect(manual.status, manual.text).toBe(201);
    expect(manual.json.ackPath).toBe(`/api/ack/${manual.json.ackToken}`);
    const partner = partners['Harbour Police']!;
    const taxii = await call<{ delivery: { id: string; target: string; deliveredAt: string; message: string } }>(
      'POST',
      `/api/warnings/${id}/deliveries`,
      { as: 'alice', body: { channel: 'taxii', partnerId: partner.id } },
    );
    expect(taxii.status, taxii.text).toBe(201);
    expect(taxii.json.delivery.target).toBe(partner.id);
    expect(taxii.json.delivery.message).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');

    // The same link as a page: opening it shows the warning and a form, and acknowledges nothing.
    const form = (path: string, body: string) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const ackPage = `/ack/${manual.json.ackToken}`;
    expect((manual.json as { ackPage?: string }).ackPage).toBe(ackPage);
    for (let i = 0; i < 2; i++) {
      const opened = await fetch(`${base}${ackPage}`);
      const html = await opened.text();
      expect(opened.status).toBe(200);
      expect(opened.headers.get('content-type')).toContain('text/html');
      expect(html).toContain('Planned shooting of magistrate at the Mombasa law courts');
      expect(html).toContain(`<form method="post" action="${ackPage}">`);
    }
    expect((await fetch(`${base}/ack/fwa_not-a-real-token`)).status).toBe(404);
    expect((await form('/ack/fwa_not-a-real-token', 'note=hello')).status).toBe(404);
    // a form body is understood by that page only: the JSON API refuses it
    expect((await form(manual.json.ackPath, 'note=hello')).status).toBe(415);

    // The one-time link: no account, the token is the credential; a second use is refused.
    const byLink = await call<{ delivery: { acknowledgedBy: string }; xml: string }>('POST', manual.json.ackPath, {
      body: { note: 'received, escort arranged' },
    });
    expect(byLink.status, byLink.text).toBe(200);
    expect(byLink.json.delivery.acknowledgedBy).toBe(`link:${manual.json.delivery.id}`);
    expect(byLink.json.xml).toContain('<msgType>Ack</msgType>');
    const again = await call('POST', manual.json.ackPath, { body: {} });
    expect([again.status, codeOf(again)]).toEqual([409, 'ack_token_used']);
    const usedPage = await form(ackPage, 'note=twice');
    expect(usedPage.status).toBe(409);
    expect(await usedPage.text()).toContain('already been used');
    expect(await (await fetch(`${base}${ackPage}`)).text()).toContain('Already acknowledged');

    // The partner acknowledges with its own token; another partner may not.
    const wrong = await call('POST', `/api/partners/ack/${taxii.json.delivery.id}`, {
      bearer: partners['Other Agency']!.token,
      body: {},
    });
    expect([wrong.status, codeOf(wrong)]).toEqual([403, 'ack_wrong_partner']);
    const byPartner = await call<{ delivery: { acknowledgedBy: string } }>(
      'POST',
      `/api/partners/ack/${taxii.json.delivery.id}`,
      { bearer: partner.token, body: { note: 'on it' } },
    );
    expect(byPartner.status, byPartner.text).toBe(200);
    expect(byPartner.json.delivery.acknowledgedBy).toBe(`partner:${partner.id}`);

    const deliveries = await call<{ items: { acknowledgedAt: string | null }[]; total: number }>(
      'GET',
      `/api/warnings/${id}/deliveries`,
      { as: 'carol' },
    );
    expect(deliveries.status).toBe(200);
    expect(deliveries.json.total).toBe(2);
    expect(deliveries.json.items.every((d) => d.acknowledgedAt !== null)).toBe(true);
    expect((await call('GET', `/api/warnings/${id}`, { as: 'alice' })).json).toMatchObject({ state: 'acknowledged' });

    // The incident happened three calendar days after the first delivery.
    const first = new Date(manual.json.delivery.id ? taxii.json.delivery.deliveredAt : '');
    const incident = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate() + 3));
    const incidentDate = incident.toISOString().slice(0, 10);
    const closed = await call('POST', `/api/warnings/${id}/outcome`, {
      as: 'alice',
      body: { kind: 'incident', incidentId: 'inc_mombasa_courts', incidentDate, note: 'attack foiled' },
    });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json).toMatchObject({
      state: 'closed',
      outcome: { kind: 'incident', incidentId: 'inc_mombasa_courts', incidentDate, leadTimeDays: 3 },
    });

    const history = await call<{ items: { action: string; actor: string }[] }>('GET', `/api/warnings/${id}/history`, {
      as: 'bob',
    });
    expect(history.status).toBe(200);
    const actions = history.json.items.map((r) => r.action);
    for (const a of [
      'warning.create',
      'warning.edit',
      'warning.assess',
      'warning.decide',
      'warning.deliver',
      'delivery.create',
      'warning.acknowledge',
      'warning.outcome',
    ]) {
      expect(actions, a).toContain(a);
    }
    expect(history.json.items.find((r) => r.action === 'warning.decide')?.actor).toMatch(/^user:usr_/);

    const ledger = await call<{ items: { identifier: string }[]; total: number }>('GET', '/api/warnings?state=closed', {
      as: 'alice',
    });
    expect(ledger.json.items.map((w) => w.identifier)).toContain(id);

    const audit = await call<{ ok: boolean; rows: number }>('GET', '/api/audit/verify', { as: 'admin' });
    expect(audit.status).toBe(200);
    expect(audit.json.ok).toBe(true);
    const rows = await call<{ items: { subjectId: string }[]; total: number }>('GET', `/api/audit?subject=${id}`, {
      as: 'carol',
    });
    expect(rows.status).toBe(200);
    expect(rows.json.total).toBeGreaterThanOrEqual(6);
    expect(rows.json.items.every((r) => r.subjectId === id)).toBe(true);
  });
});

describe('refusals, each with its status and code', () => {
  it('a write without credentials: 401 unauthenticated; a bad token: 401 invalid_credentials', async () => {
    const anonymous = await call('POST', '/api/warnings', { body: draft });
    expect([anonymous.status, codeOf(anonymous)]).toEqual([401, 'unauthenticated']);
    const read = await call('GET', '/api/warnings');
    expect([read.status, codeOf(read)]).toEqual([401, 'unauthenticated']);
    const docs = await call('GET', '/api/documents');
    expect([docs.status, codeOf(docs)]).toEqual([401, 'unauthenticated']);
    const forged = await call('POST', '/api/warnings', { bearer: 'fwt_not-a-token', body: draft });
    expect([forged.status, codeOf(forged)]).toEqual([401, 'invalid_credentials']);
  });

  it('an analyst deciding: 403 forbidden_role', async () => {
    const id = await newAssessed('carol');
    const r = await call('POST', `/api/warnings/${id}/decide`, { as: 'alice', body: { decision: 'warn' } });
    expect([r.status, codeOf(r)]).toEqual([403, 'forbidden_role']);
  });

  it('the author approving their own warning: 403 self_approval', async () => {
    const id = await newAssessed('bob');
    const r = await call('POST', `/api/warnings/${id}/decide`, { as: 'bob', body: { decision: 'warn' } });
    expect([r.status, codeOf(r)]).toEqual([403, 'self_approval']);
    expect((await call('GET', `/api/warnings/${id}`, { as: 'bob' })).json).toMatchObject({ state: 'assessed' });
  });

  it('a waiver without justification: 422 waiver_justification_required; with one it is recorded', async () => {
    const id = await newAssessed('alice');
    const bare = await call('POST', `/api/warnings/${id}/decide`, {
      as: 'carol',
      body: { decision: 'waive', reason: 'endangers_sources_methods_operations' },
    });
    expect([bare.status, codeOf(bare)]).toEqual([422, 'waiver_justification_required']);
    const justified = await call('POST', `/api/warnings/${id}/decide`, {
      as: 'carol',
      body: {
        decision: 'waive',
        reason: 'recipient_already_knows',
        justification: 'the magistrate was briefed by her own protection detail the same morning',
      },
    });
    expect(justified.status, justified.text).toBe(200);
    expect(justified.json).toMatchObject({ decision: { kind: 'waive', reason: 'recipient_already_knows' } });
    const deliver = await call('POST', `/api/warnings/${id}/deliveries`, {
      as: 'alice',
      body: { channel: 'manual', notes: 'x' },
    });
    expect([deliver.status, codeOf(deliver)]).toEqual([409, 'invalid_transition']);
  });

  it('an administrator working a warning, an analyst managing users: 403 forbidden_role', async () => {
    const byAdmin = await call('POST', '/api/warnings', { as: 'admin', body: draft });
    expect([byAdmin.status, codeOf(byAdmin)]).toEqual([403, 'forbidden_role']);
    const users = await call('GET', '/api/users', { as: 'alice' });
    expect([users.status, codeOf(users)]).toEqual([403, 'forbidden_role']);
    const audit = await call('GET', '/api/audit/verify', { as: 'alice' });
    expect([audit.status, codeOf(audit)]).toEqual([403, 'forbidden_role']);
  });

  it('a partner token anywhere but a partner acknowledgement: 403; no token there: 401', async () => {
    const r = await call('GET', '/api/warnings', { bearer: partners['Harbour Police']!.token });
    expect([r.status, codeOf(r)]).toEqual([403, 'forbidden_role']);
    const none = await call('POST', '/api/partners/ack/dlv_x', { body: {} });
    expect([none.status, codeOf(none)]).toEqual([401, 'unauthenticated']);
    const userToken = await call('POST', '/api/partners/ack/dlv_x', { as: 'alice', body: {} });
    expect([userToken.status, codeOf(userToken)]).toEqual([401, 'invalid_credentials']);
    const badLink = await call('POST', '/api/ack/fwa_not-a-real-token', { body: {} });
    expect([badLink.status, codeOf(badLink)]).toEqual([403, 'ack_token_invalid']);
  });

  it('an invalid draft: 422 invalid_warning naming the field; an unknown warning: 404', async () => {
    const bad = await call<{ error: { details: { field: string } } }>('POST', '/api/warnings', {
      as: 'alice',
      body: { ...draft, info: { ...draft.info, onset: 'tomorrow' } },
    });
    expect([bad.status, codeOf(bad)]).toEqual([422, 'invalid_warning']);
    expect(bad.json.error.details.field).toBe('info.onset');
    const missing = await call('GET', '/api/warnings/forewarn-nope', { as: 'alice' });
    expect([missing.status, codeOf(missing)]).toEqual([404, 'not_found']);
  });

  it('a disabled user is refused at once (403 user_disabled)', async () => {
    await svc.createUser(SYSTEM, { username: 'eve', password: PASSWORD, role: 'analyst' });
    const { token } = await svc.createToken(SYSTEM, { name: 'eve', username: 'eve' });
    expect((await call('GET', '/api/warnings', { bearer: token })).status).toBe(200);
    const disabled = await call('POST', '/api/users/eve/disable', { as: 'admin' });
    expect(disabled.status, disabled.text).toBe(200);
    expect(disabled.json).toMatchObject({ username: 'eve', disabled: true });
    const after = await call('GET', '/api/warnings', { bearer: token });
    expect([after.status, codeOf(after)]).toEqual([403, 'user_disabled']);
  });
});

describe('CAP 1.2 export', () => {
  it('cap.xml is well-formed CAP with every mandatory field; cap.json carries the same alert', async () => {
    const id = await newAssessed('alice');
    const res = await call('GET', `/api/warnings/${id}/cap.xml`, { as: 'bob' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/(cap\+)?xml/);
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(res.text, true) as {
      alert: Record<string, unknown> & { info: Record<string, unknown> & { area: Record<string, unknown> } };
    };
    const alert = parsed.alert;
    expect(alert['@_xmlns']).toBe('urn:oasis:names:tc:emergency:cap:1.2');
    expect(alert.identifier).toBe(id);
    for (const field of ['identifier', 'sender', 'sent', 'status', 'msgType', 'scope']) {
      expect(typeof alert[field], field).toBe('string');
      expect(String(alert[field]).length, field).toBeGreaterThan(0);
    }
    expect(alert.sent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}$/);
    expect(alert.status).toBe('Actual');
    expect(alert.msgType).toBe('Alert');
    expect(alert.scope).toBe('Restricted');
    expect(alert.restriction).toMatch(/TLP:AMBER/);
    const info = alert.info;
    expect(info.category).toBe('Security');
    expect(info.event).toBe(draft.info.event);
    expect(info.urgency).toBe('Expected');
    expect(info.severity).toBe('Extreme');
    expect(info.certainty).toBe('Likely');
    expect(info.area.areaDesc).toBe('Mombasa Law Courts');

    const json = await call<{ identifier: string; info: { event: string }[] }>('GET', `/api/warnings/${id}/cap.json`, {
      as: 'bob',
    });
    expect(json.status).toBe(200);
    expect(json.json.identifier).toBe(id);
    expect(json.json.info[0]!.event).toBe(draft.info.event);
  });
});

describe('sessions', () => {
  it('login is refused with 429 and Retry-After after repeated failures for one username', async () => {
    const guess = (n: number) =>
      call('POST', '/api/auth/login', { body: { username: 'nobody-here', password: `guess number ${n}!` } });
    for (let i = 0; i < 5; i++) expect((await guess(i)).status).toBe(401);
    const refused = await guess(5);
    expect([refused.status, codeOf(refused)]).toEqual([429, 'too_many_attempts']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('login sets an HttpOnly SameSite=Strict cookie that authenticates; logout ends it', async () => {
    const bad = await call('POST', '/api/auth/login', { body: { username: 'bob', password: 'wrong password!!' } });
    expect([bad.status, codeOf(bad)]).toEqual([401, 'invalid_credentials']);
    const foreign = await call('POST', '/api/auth/login', {
      headers: { origin: 'https://evil.example' },
      body: { username: 'bob', password: PASSWORD },
    });
    expect([foreign.status, codeOf(foreign)]).toEqual([401, 'unauthenticated']);
    const login = await call('POST', '/api/auth/login', { body: { username: 'bob', password: PASSWORD } });
    expect(login.status, login.text).toBe(200);
    expect(login.json).toMatchObject({ user: { username: 'bob', role: 'approver' } });
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^forewarn_session=fws_[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;
    const me = await call('GET', '/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ mode: 'multi-user', user: { username: 'bob' } });
    const id = await newAssessed('alice');
    const decided = await call('POST', `/api/warnings/${id}/decide`, {
      headers: { cookie },
      body: { decision: 'warn' },
    });
    expect(decided.status, decided.text).toBe(200);
    const forged = await call('POST', `/api/warnings/${id}/outcome`, {
      headers: { cookie, origin: 'https://evil.example' },
      body: { kind: 'none' },
    });
    expect([forged.status, codeOf(forged)]).toEqual([401, 'unauthenticated']);
    const out = await call('POST', '/api/auth/logout', { headers: { cookie } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    const after = await call('GET', '/api/auth/me', { headers: { cookie } });
    expect([after.status, codeOf(after)]).toEqual([401, 'invalid_credentials']);
  });

  it('an administrator creates users and tokens over HTTP; the new token works once shown', async () => {
    const created = await call('POST', '/api/users', {
      as: 'admin',
      body: { username: 'frank', password: PASSWORD, role: 'analyst' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json).not.toHaveProperty('password_hash');
    const dup = await call('POST', '/api/users', {
      as: 'admin',
      body: { username: 'frank', password: PASSWORD, role: 'analyst' },
    });
    expect([dup.status, codeOf(dup)]).toEqual([409, 'user_exists']);
    const weak = await call('POST', '/api/users', {
      as: 'admin',
      body: { username: 'gina', password: 'short', role: 'analyst' },
    });
    expect([weak.status, codeOf(weak)]).toEqual([422, 'weak_password']);
    const list = await call<{ items: { username: string }[] }>('GET', '/api/users', { as: 'admin' });
    expect(list.json.items.map((u) => u.username)).toContain('frank');
    const token = await call<{ token: string; view: { name: string } }>('POST', '/api/tokens', {
      as: 'admin',
      body: { name: 'frank script', username: 'frank' },
    });
    expect(token.status, token.text).toBe(201);
    expect(token.json.token).toMatch(/^fwt_/);
    const me = await call('GET', '/api/auth/me', { bearer: token.json.token });
    expect(me.json).toMatchObject({ user: { username: 'frank', role: 'analyst' } });
    // an analyst may make a token for themself, not for someone else
    const own = await call('POST', '/api/tokens', { bearer: token.json.token, body: { name: 'mine' } });
    expect(own.status).toBe(201);
    const other = await call('POST', '/api/tokens', { bearer: token.json.token, body: { name: 'x', username: 'bob' } });
    expect([other.status, codeOf(other)]).toEqual([403, 'forbidden_role']);
  });
});

describe('recipients (partners of the warning workflow)', () => {
  it('an administrator registers one, analysts list them to deliver, the token acknowledges, disabling stops it', async () => {
    const refused = await call('POST', '/api/partners', { as: 'alice', body: { name: 'Coast Guard' } });
    expect([refused.status, codeOf(refused)]).toEqual([403, 'forbidden_role']);
    const created = await call<{ partner: { id: string }; token: string }>('POST', '/api/partners', {
      as: 'admin',
      body: { name: 'Coast Guard', contact: 'duty officer' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json.token).toMatch(/^fwp_/);
    const listed = await call<{ items: { id: string; name: string }[] }>('GET', '/api/partners', { as: 'alice' });
    expect(listed.json.items.map((p) => p.name)).toContain('Coast Guard');
    const id = await newAssessed('alice');
    expect((await call('POST', `/api/warnings/${id}/decide`, { as: 'bob', body: { decision: 'warn' } })).status).toBe(
      200,
    );
    const delivered = await call<{ delivery: { id: string } }>('POST', `/api/warnings/${id}/deliveries`, {
      as: 'alice',
      body: { channel: 'taxii', partnerId: created.json.partner.id },
    });
    expect(delivered.status, delivered.text).toBe(201);
    expect((await call('POST', `/api/partners/${created.json.partner.id}/disable`, { as: 'admin' })).status).toBe(200);
    const ack = await call('POST', `/api/partners/ack/${delivered.json.delivery.id}`, {
      bearer: created.json.token,
      body: {},
    });
    expect([ack.status, codeOf(ack)]).toEqual([403, 'user_disabled']);
  });
});

describe('local mode', () => {
  it('is reported by health; the local operator reads and writes without an account', async () => {
    const health = await call('GET', '/api/health', { at: localBase });
    expect(health.json).toMatchObject({ status: 'ok', mode: 'local' });
    expect((await call('GET', '/api/health')).json).toMatchObject({ mode: 'multi-user' });
    expect((await call('GET', '/api/warnings', { at: localBase })).status).toBe(200);
    expect((await call('GET', '/api/documents', { at: localBase })).status).toBe(200);
    const me = await call('GET', '/api/auth/me', { at: localBase });
    expect(me.json).toMatchObject({ mode: 'local', user: { username: 'local', role: 'approver' } });
  });

  it('the local operator may not approve its own draft; a named local user (X-Forewarn-User) may', async () => {
    const created = await call<{ identifier: string }>('POST', '/api/warnings', { at: localBase, body: draft });
    expect(created.status, created.text).toBe(201);
    const id = created.json.identifier;
    expect((await call('POST', `/api/warnings/${id}/assess`, { at: localBase, body: grading })).status).toBe(200);
    const self = await call('POST', `/api/warnings/${id}/decide`, { at: localBase, body: { decision: 'warn' } });
    expect([self.status, codeOf(self)]).toEqual([403, 'self_approval']);
    const other = await call('POST', `/api/warnings/${id}/decide`, {
      at: localBase,
      headers: { 'x-forewarn-user': 'dana' },
      body: { decision: 'warn' },
    });
    expect(other.status, other.text).toBe(200);
    const dana = (await svc.listUsers(SYSTEM)).find((u) => u.username === 'dana');
    expect(other.json).toMatchObject({ decision: { decidedBy: `user:${dana!.id}` } });
    // credentials still count in local mode: an analyst's token is an analyst
    const analyst = await newAssessed('alice');
    const r = await call('POST', `/api/warnings/${analyst}/decide`, {
      at: localBase,
      as: 'alice',
      body: { decision: 'warn' },
    });
    expect([r.status, codeOf(r)]).toEqual([403, 'forbidden_role']);
  });

  it('is no credential for other sites: a cross-origin write or a rebound host name gets 401', async () => {
    const crossSite = await call('POST', '/api/warnings', {
      at: localBase,
      headers: { origin: 'http://evil.example' },
      body: draft,
    });
    expect([crossSite.status, codeOf(crossSite)]).toEqual([401, 'unauthenticated']);
    const sameSite = await call('POST', '/api/warnings', {
      at: localBase,
      headers: { origin: localBase },
      body: draft,
    });
    expect(sameSite.status, sameSite.text).toBe(201);
    // DNS rebinding: the browser addresses evil.example, which now resolves to 127.0.0.1.
    const rebound = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${localBase}/api/warnings`);
      const req = request(
        { host: '127.0.0.1', port: url.port, path: url.pathname, headers: { host: `evil.example:${url.port}` } },
        (res) => {
          let body = '';
          res.on('data', (c) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(rebound.status).toBe(401);
    expect(JSON.parse(rebound.body).error.code).toBe('unauthenticated');
  });

  // Needs an address of this machine that is not loopback, to be a client that is not "this machine".
  const external = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  it.skipIf(!external)('from another machine: reads only; no anonymous write, no X-Forewarn-User', async () => {
    const remote = buildServer({ store, warnings: svc, mode: 'local' });
    await remote.listen({ host: external!, port: 0 });
    try {
      const address = remote.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      const at = `http://${external}:${address.port}`;
      expect((await call('GET', '/api/warnings', { at })).status).toBe(200);
      const write = await call('POST', '/api/warnings', { at, body: draft });
      expect([write.status, codeOf(write)]).toEqual([401, 'unauthenticated']);
      const named = await call('GET', '/api/warnings', { at, headers: { 'x-forewarn-user': 'dana' } });
      expect([named.status, codeOf(named)]).toEqual([400, 'bad_request']);
      // a token still works from anywhere
      expect((await call('POST', '/api/warnings', { at, as: 'alice', body: draft })).status).toBe(201);
    } finally {
      await remote.close();
    }
  });

  it('X-Forewarn-User is refused by a multi-user server', async () => {
    const r = await call('GET', '/api/warnings', { as: 'alice', headers: { 'x-forewarn-user': 'bob' } });
    expect([r.status, codeOf(r)]).toEqual([400, 'bad_request']);
  });
});

describe('the API description and the extracted warnings', () => {
  it('lists every warning route in OpenAPI and keeps extracted warnings at /api/extracted-warnings', async () => {
    const doc = (await call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json')).json;
    for (const [path, method] of [
      ['/api/warnings', 'get'],
      ['/api/warnings', 'post'],
      ['/api/warnings/{id}', 'patch'],
      ['/api/warnings/{id}/assess', 'post'],
      ['/api/warnings/{id}/decide', 'post'],
      ['/api/warnings/{id}/deliveries', 'post'],
      ['/api/warnings/{id}/deliveries', 'get'],
      ['/api/warnings/{id}/outcome', 'post'],
      ['/api/warnings/{id}/cap.xml', 'get'],
      ['/api/warnings/{id}/cap.json', 'get'],
      ['/api/warnings/{id}/history', 'get'],
      ['/api/ack/{token}', 'post'],
      ['/ack/{token}', 'get'],
      ['/ack/{token}', 'post'],
      ['/api/partners/ack/{deliveryId}', 'post'],
      ['/api/audit', 'get'],
      ['/api/audit/verify', 'get'],
      ['/api/users', 'get'],
      ['/api/users', 'post'],
      ['/api/users/{username}/disable', 'post'],
      ['/api/tokens', 'post'],
      ['/api/partners', 'get'],
      ['/api/partners', 'post'],
      ['/api/partners/{id}/disable', 'post'],
      ['/api/auth/login', 'post'],
      ['/api/auth/logout', 'post'],
      ['/api/extracted-warnings', 'get'],
      ['/api/warnings/proposals', 'post'],
    ] as const) {
      expect(doc.paths[path], path).toBeDefined();
      expect(Object.keys(doc.paths[path]!), `${method} ${path}`).toContain(method);
    }
    const extracted = await call('GET', '/api/extracted-warnings', { as: 'alice' });
    expect(extracted.status).toBe(200);
    expect(extracted.json).toMatchObject({ items: [], total: 0 });
  });
});

describe('proposing a warning extracted from a report', () => {
  it('drafts it once (201, then 200 with the same draft), linked to the report; refusals have their codes', async () => {
    const report = readFileSync(join(import.meta.dirname, '..', 'demo', 'corpus', readFirstReport()), 'utf8');
    const text = `${report}\n\nA later note: the warning was passed to the venue.`;
    const extraction = extract({ id: 'proposal-source', text, published: '2026-10-02' });
    const warning = extraction.warnings[0];
    expect(warning, 'the demo report has an extracted warning').toBeDefined();
    const { id } = await store.addDocument(
      {
        id: 'proposal-source',
        text,
        title: 'proposal source',
        published: '2026-10-02',
        outlet: null,
        origin: 'proposal.txt',
        mediaType: 'text/plain',
      },
      extraction,
    );
    const body = { document: id, warning: warning!.id };
    const first = await call<{ identifier: string; origin: string; source: unknown; state: string }>(
      'POST',
      '/api/warnings/proposals',
      { as: 'alice', body },
    );
    expect(first.status, first.text).toBe(201);
    expect(first.json).toMatchObject({
      origin: 'extracted',
      state: 'draft',
      source: { document: id, warning: warning!.id },
    });
    const again = await call<{ identifier: string }>('POST', '/api/warnings/proposals', { as: 'bob', body });
    expect(again.status, again.text).toBe(200);
    expect(again.json.identifier).toBe(first.json.identifier);
    const proposedOnce = (await svc.listWarnings(SYSTEM, { limit: 1000 })).items.filter(
      (w) => w.source?.document === id && w.source.warning === warning!.id,
    );
    expect(proposedOnce).toHaveLength(1);

    const unknownWarning = await call('POST', '/api/warnings/proposals', {
      as: 'alice',
      body: { ...body, warning: 'w999' },
    });
    expect([unknownWarning.status, codeOf(unknownWarning)]).toEqual([404, 'not_found']);
    const unknownDocument = await call('POST', '/api/warnings/proposals', {
      as: 'alice',
      body: { ...body, document: 'no-such-document' },
    });
    expect([unknownDocument.status, codeOf(unknownDocument)]).toEqual([404, 'not_found']);
    const anonymous = await call('POST', '/api/warnings/proposals', { body });
    expect(anonymous.status).toBe(401);
    const administrator = await call('POST', '/api/warnings/proposals', { as: 'admin', body });
    expect([administrator.status, codeOf(administrator)]).toEqual([403, 'forbidden_role']);
    const malformed = await call('POST', '/api/warnings/proposals', { as: 'alice', body: { document: id } });
    expect(malformed.status).toBe(400);
  });
});

describe('one process, one connection', () => {
  // With the warning service on a second connection to the file (openWarningService), this same
  // interleaving fails with "database is locked": better-sqlite3 waits for the lock synchronously.
  it('store and warning writes interleave without "database is locked", and extracted drafts are proposed', async () => {
    const report = readFileSync(join(import.meta.dirname, '..', 'demo', 'corpus', readFirstReport()), 'utf8');
    const docs = Array.from({ length: 12 }, (_, i) => `${report}\n\nUpdate ${i}: officials repeated the warning.`);
    const results = await Promise.all([
      ...docs.map(async (text, i) => {
        const extraction = extract({ id: documentIdForText(text), text, published: `2026-10-0${(i % 9) + 1}` });
        const added = await store.addDocument(
          {
            id: `copy-${i}`,
            text,
            title: `copy ${i}`,
            published: null,
            outlet: null,
            origin: `test-${i}.txt`,
            mediaType: 'text/plain',
          },
          extraction,
        );
        const proposed = await svc.proposeFromExtraction(systemPrincipal('ingest'), extraction, added.id);
        return { kind: 'doc' as const, created: added.created, proposed: proposed.created.length };
      }),
      ...docs.map(async () => {
        const alice = {
          kind: 'user' as const,
          id: (await idOf('alice'))!,
          username: 'alice',
          role: 'analyst' as const,
        };
        const w = await svc.createDraft(alice, draft as never);
        return { kind: 'draft' as const, created: w.state === 'draft', proposed: 0 };
      }),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(24);
    expect(results.reduce((n, r) => n + r.proposed, 0)).toBeGreaterThan(0);
    const extracted = await svc.listWarnings(SYSTEM, { limit: 1000 });
    expect(extracted.items.some((w) => w.origin === 'extracted' && w.source !== null)).toBe(true);
    expect((await svc.verifyAuditChain(SYSTEM)).ok).toBe(true);
  });
});

async function idOf(username: string): Promise<string | undefined> {
  return (await svc.listUsers(SYSTEM)).find((u) => u.username === username)?.id;
}

/** The demo report that is about a warning (the extractor finds one in it). */
function readFirstReport(): string {
  const manifest = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'demo', 'corpus', 'manifest.json'), 'utf8'),
  ) as { file: string }[];
  return manifest.find((m) => m.file.endsWith('.txt'))!.file;
}
