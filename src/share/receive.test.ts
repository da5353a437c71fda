import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import { documentIdForText, openStore, type Store } from '../store/index.js';
import { exportFromStore } from './from-store.js';
import { receivedTexts, receiveIntoStore } from './receive.js';
import { fromStixBundle } from './stix/import.js';
import { stixId } from './stix/uuid.js';
import { shareStoreOn } from './taxii/store.js';
import { TLP_MARKING_IDS, type TlpLevel } from './tlp.js';

const temps: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

const at = { spec_version: '2.1', created: '2026-03-02T08:00:00.000Z', modified: '2026-03-02T08:00:00.000Z' };
const marked = (level: TlpLevel) => ({ object_marking_refs: [TLP_MARKING_IDS[level]] });

describe('receivedTexts', () => {
  it('tells a report without a description by its notes and incidents, at the most restrictive of their markings', () => {
    const report = stixId('report', 'r');
    const notes = ['The governor said the attackers came from the north.', 'Police said four officers died.'].map(
      (content, i) => ({
        ...at,
        ...marked(i ? 'amber' : 'green'),
        type: 'note',
        id: stixId('note', 'n', String(i)),
        content,
        object_refs: [report],
      }),
    );
    const incident = {
      ...at,
      ...marked('green'),
      type: 'incident',
      id: stixId('incident', 'i'),
      name: 'attack',
      // the same text as a note: told once
      description: 'Police said four officers died.',
    };
    const imported = fromStixBundle(
      {
        type: 'bundle',
        id: stixId('bundle', 'b'),
        objects: [
          {
            ...at,
            ...marked('green'),
            type: 'report',
            id: report,
            name: 'Attack in the north',
            published: '2026-03-01T22:00:00Z',
            object_refs: [notes[0]?.id, incident.id, notes[1]?.id],
          },
          ...notes,
          incident,
        ],
      },
      { source: 'https://peer.example/taxii2/api/', collection: 'c1' },
    );
    const { texts, skipped } = receivedTexts(imported);
    expect(skipped).toEqual([]);
    expect(texts).toEqual([
      {
        stixId: report,
        type: 'report',
        version: at.modified,
        title: 'Attack in the north',
        text: 'The governor said the attackers came from the north.\n\nPolice said four officers died.',
        published: '2026-03-01',
        outlet: null,
        origin: `stix:https://peer.example/taxii2/api/c1#${report}`,
        tlp: 'amber',
        markings: [TLP_MARKING_IDS.green, TLP_MARKING_IDS.amber],
        hash: null,
      },
    ]);
  });
});

describe('receiveIntoStore', () => {
  it('links our own export of a stored document to that document instead of storing its excerpts again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forewarn-receive-'));
    temps.push(dir);
    const store = await openStore({ path: join(dir, 'forewarn.db') });
    stores.push(store);
    const text =
      'Gunmen attacked a police station in Kano on Monday, killing five officers, police said. ' +
      '"We will find them," the governor said.';
    const id = documentIdForText(text);
    await store.addDocument(
      { id, text, title: 'Kano', published: '2026-03-02', outlet: null, origin: 'kano.txt', mediaType: 'text/plain' },
      extract({ id, text, published: '2026-03-02', title: 'Kano' }),
    );
    const { bundle } = await exportFromStore(store, { tlp: 'green' });
    const share = await shareStoreOn(store);
    const imported = fromStixBundle(bundle, { source: 'file:/tmp/own.json', collection: null });
    const r = await receiveIntoStore(store, share, imported);
    expect(r.documents).toEqual([{ stixId: expect.stringMatching(/^report--/), id, created: false }]);
    expect((await store.listDocuments()).total).toBe(1);
    expect((await share.receivedDocuments([id]))[0]).toMatchObject({ source: 'file:/tmp/own.json', tlp: 'green' });
  });
});
