/**
 * The warning workflow's taxii channel through a linked TAXII partner: a
 * delivery to a warning recipient linked with `partner link` publishes the
 * warning (and its evidence) into the linked collection, where the TAXII
 * server gives it to that partner and, for RED, to nobody else. Real SQLite
 * file, real HTTP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { extract } from '../src/extract/index.js';
import { taxiiDeliveryTransport } from '../src/share/deliver.js';
import type { StixObject } from '../src/share/stix/types.js';
import { EXTENSION_IDS } from '../src/share/stix/vocabulary.js';
import { TAXII_MEDIA_TYPE } from '../src/share/taxii/server.js';
import { type ShareStore, shareStoreOn } from '../src/share/taxii/store.js';
import { TLP_MARKING_IDS } from '../src/share/tlp.js';
import { documentIdForText, openStore } from '../src/store/index.js';
import type { Store } from '../src/store/port.js';
import { sharedConnectionOf } from '../src/store/sqlite.js';
import { createWarningService, type Principal, systemPrincipal, type WarningService } from '../src/warn/index.js';
import { assertCliBuilt, listenLocal, runCli } from './helpers/cli.js';

const PASSWORD = 'correct horse battery staple';
const TEXT = 'Detainees said the Coastal Liberation Front planned to abduct staff of the Lamu clinic, police said.';

let dir: string;
let store: Store;
let share: ShareStore;
let svc: WarningService;
let app: FastifyInstance;
let base: string;
let collection: string;
const tokens: Record<string, string> = {};
let analyst: Principal;
let approver: Principal;

async function objectsFor(who: string): Promise<StixObject[]> {
  const res = await fetch(`${base}/taxii2/api/collections/${collection}/objects/`, {
    headers: { accept: TAXII_MEDIA_TYPE, authorization: `Bearer ${tokens[who]}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { objects?: StixObject[] }).objects ?? [];
}

async function decidedWarning(tlp: 'RED' | 'AMBER', headline: string): Promise<string> {
  const d = await svc.createDraft(analyst, {
    threat: { type: 'kidnapping', actor: 'Coastal Liberation Front', target: 'Staff of the Lamu clinic' },
    info: {
      event: 'Kidnapping threat',
      headline,
      description: 'Detainees describe a plan to abduct clinic staff within two weeks.',
      instruction: 'Suspend road travel to the clinic.',
      area: [{ areaDesc: 'Lamu, Kenya' }],
    },
    specificity: { actor: true, target: true, place: true, time: true },
    basis: 'interrogation of detainees',
    evidence: { documents: [documentIdForText(TEXT)], claims: [] },
    tlp,
  });
  await svc.assess(analyst, d.identifier, {
    sourceReliability: 'B',
    infoCredibility: 2,
    urgency: 'Expected',
    severity: 'Severe',
    certainty: 'Likely',
  });
  await svc.decide(approver, d.identifier, { decision: 'warn' });
  return d.identifier;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forewarn-taxii-delivery-'));
  store = await openStore({ path: join(dir, 'forewarn.db') });
  const id = documentIdForText(TEXT);
  await store.addDocument(
    {
      id,
      text: TEXT,
      title: 'Lamu plot',
      published: '2026-03-01',
      outlet: null,
      origin: 'lamu.txt',
      mediaType: 'text/plain',
    },
    extract({ id, text: TEXT, published: '2026-03-01', title: 'Lamu plot' }),
  );
  share = await shareStoreOn(store);
  collection = (await share.addCollection({ title: 'warnings for partners' })).id;
  for (const [name, org] of [
    ['harbour', 'Harbour Police'],
    ['harbour-2', 'Harbour Police'],
    ['other', 'Other Agency'],
  ] as const) {
    tokens[name] = (await share.addPartner({ name, organisation: org })).token;
    await share.grant(name, collection, { read: true });
  }
  const shared = sharedConnectionOf(store);
  if (!shared) throw new Error('not a SQLite store');
  svc = await createWarningService(shared.db, {
    serialiseWrites: shared.serialise,
    scrypt: { N: 1024, r: 8, p: 1 },
    transport: taxiiDeliveryTransport(store, async () => share),
  });
  const system = systemPrincipal('test');
  await svc.createUser(system, { username: 'ana', password: PASSWORD, role: 'analyst' });
  await svc.createUser(system, { username: 'paul', password: PASSWORD, role: 'approver' });
  analyst = await svc.authenticatePassword('ana', PASSWORD);
  approver = await svc.authenticatePassword('paul', PASSWORD);
  app = buildServer({ store, warnings: svc });
  base = await listenLocal(app);
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a taxii delivery to a linked recipient', () => {
  it('publishes a RED warning with its evidence for the linked partner only', async () => {
    const { partner: recipient } = await svc.createPartner(systemPrincipal('test'), { name: 'Harbour Police' });
    await share.linkRecipient(recipient.id, 'harbour', collection);
    const id = await decidedWarning('RED', 'Planned abduction of clinic staff in Lamu');
    await svc.deliver(analyst, id, { channel: 'taxii', partnerId: recipient.id });

    const seen = await objectsFor('harbour');
    const warning = seen.find((o) => o.extensions?.[EXTENSION_IDS.warning]?.kind === 'managed');
    expect(warning).toMatchObject({ type: 'report', name: 'Planned abduction of clinic staff in Lamu' });
    expect(seen.some((o) => o.extensions?.[EXTENSION_IDS.document]?.document_id === documentIdForText(TEXT))).toBe(
      true,
    );
    expect(warning?.object_marking_refs).toEqual([TLP_MARKING_IDS.red]);
    // RED: not the partner's colleague in the same organisation, not another organisation (they see only the
    // public producer identity, extension definitions and marking definitions)
    for (const who of ['harbour-2', 'other']) {
      const objects = await objectsFor(who);
      expect(objects.some((o) => o.type === 'report')).toBe(false);
      expect(
        objects.every((o) => o.type === 'marking-definition' || o.object_marking_refs?.[0] === TLP_MARKING_IDS.clear),
      ).toBe(true);
    }
  });

  it("publishes an AMBER warning for the partner's organisation; a recipient without a link is recorded only", async () => {
    const before = (await share.objectMeta(collection)).length;
    const { partner: unlinked } = await svc.createPartner(systemPrincipal('test'), { name: 'Unlinked Office' });
    const quiet = await decidedWarning('AMBER', 'Unlinked delivery');
    const d = await svc.deliver(analyst, quiet, { channel: 'taxii', partnerId: unlinked.id });
    expect(d.delivery.channel).toBe('taxii');
    expect((await share.objectMeta(collection)).length).toBe(before);

    const harbour = (await svc.listPartners(systemPrincipal('test'))).find((p) => p.name === 'Harbour Police');
    const amber = await decidedWarning('AMBER', 'Amber abduction warning');
    await svc.deliver(analyst, amber, { channel: 'taxii', partnerId: harbour?.id ?? '' });
    const named = (objects: StixObject[]) =>
      objects.filter((o) => o.name === 'Amber abduction warning').map((o) => o.type);
    expect(named(await objectsFor('harbour-2'))).toEqual(['report']);
    expect(named(await objectsFor('other'))).toEqual([]);
  });
});

describe('forewarn partner link (built CLI)', () => {
  it('links a warning recipient by name or id to a partner and a collection; an unknown recipient is not_found', async () => {
    assertCliBuilt('partner.js');
    const db = join(dir, 'forewarn.db');
    const run = (args: string[]) => runCli([...args, '--db', db], { env: { FOREWARN_DB: '' }, stdin: 'ignore' });
    expect((await run(['recipient', 'add', 'Port Office'])).status).toBe(0);
    const linked = await run(['partner', 'link', 'other', '--recipient', 'Port Office', '--collection', collection]);
    expect(linked.status, linked.stderr).toBe(0);
    expect(linked.stdout).toMatch(/^warning recipient Port Office \(ptn_[0-9a-f-]+\) linked to partner other/);
    const recipient = (await svc.listPartners(systemPrincipal('test'))).find((p) => p.name === 'Port Office');
    expect(await share.recipientLink(recipient?.id ?? '')).toMatchObject({ partner: { name: 'other' }, collection });
    const unknown = await run(['partner', 'link', 'other', '--recipient', 'Nobody', '--collection', collection]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/not_found: no warning recipient Nobody/);
  });
});

describe('the server wires the transport by default', () => {
  it('a taxii delivery through POST /api/warnings/{id}/deliveries on buildServer({ store }) publishes for the linked partner', async () => {
    const local = buildServer({ store, mode: 'local' });
    try {
      const as = (user: string | null) => ({
        'content-type': 'application/json',
        ...(user ? { 'x-forewarn-user': user } : {}),
      });
      const post = async (url: string, body: unknown, user: string | null = null) => {
        const r = await local.inject({ method: 'POST', url, headers: as(user), payload: JSON.stringify(body) });
        expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBeLessThan(300);
        return JSON.parse(r.body) as Record<string, unknown>;
      };
      const draft = await post('/api/warnings', {
        threat: { type: 'kidnapping', actor: 'Coastal Liberation Front', target: 'Lamu ferry' },
        info: { event: 'Attack threat', headline: 'Served default transport', area: [{ areaDesc: 'Lamu, Kenya' }] },
        tlp: 'RED',
      });
      const id = String(draft.identifier);
      await post(`/api/warnings/${id}/assess`, {
        sourceReliability: 'B',
        infoCredibility: 2,
        urgency: 'Expected',
        severity: 'Severe',
        certainty: 'Likely',
      });
      // the author may not decide: a second local user does
      await post(`/api/warnings/${id}/decide`, { decision: 'warn' }, 'second');
      // Harbour Police was linked to the partner harbour in the first test of this file
      const harbour = (await svc.listPartners(systemPrincipal('test'))).find((p) => p.name === 'Harbour Police');
      await post(`/api/warnings/${id}/deliveries`, { channel: 'taxii', partnerId: harbour?.id });
      const names = (await objectsFor('harbour')).map((o) => o.name);
      expect(names).toContain('Served default transport');
      expect((await objectsFor('harbour-2')).map((o) => o.name)).not.toContain('Served default transport');
    } finally {
      await local.close();
    }
  });
});
