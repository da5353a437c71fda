/**
 * Throughput of the TAXII objects endpoint: fills a collection with `n` STIX
 * objects (GREEN notes, plus an AMBER+STRICT third the reading partner may not
 * see, so TLP filtering is part of the cost), then reads the whole collection
 * through paginated GETs over real HTTP on loopback and reports objects/s.
 * One warm-up pass, then the median of `rounds` passes (default 5). Figures are for
 * printing (scripts/bench.mjs), never asserted.
 *
 * Public surface: `benchTaxiiGet(n, options)` → `TaxiiBench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../api/server.js';
import { openStore } from '../../store/index.js';
import { stixId } from '../stix/uuid.js';
import { TLP_MARKING_IDS } from '../tlp.js';
import { TAXII_MEDIA_TYPE } from './server.js';
import { openShareStore } from './store.js';

export interface TaxiiBench {
  /** objects the reading partner may see (what each pass returns) */
  objects: number;
  /** objects stored in the collection */
  stored: number;
  pageSize: number;
  pages: number;
  /** median seconds per full pass */
  seconds: number;
  objectsPerSecond: number;
}

export async function benchTaxiiGet(
  n = 10_000,
  options: { pageSize?: number; rounds?: number } = {},
): Promise<TaxiiBench> {
  const pageSize = options.pageSize ?? 1000;
  const rounds = options.rounds ?? 5;
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-taxii-bench-'));
  const path = join(dir, 'bench.db');
  const store = await openStore({ path });
  const share = await openShareStore({ path });
  const app = buildServer({ store, taxii: { share, maxLimit: pageSize } });
  try {
    const collection = (await share.addCollection({ title: 'bench' })).id;
    const { token } = await share.addPartner({ name: 'reader', organisation: 'Reader Org' });
    await share.grant('reader', collection, { read: true });
    const audience = { organization: 'Author Org', organizations: [], namedRecipients: [] };
    let visible = 0;
    for (let i = 0; i < n; i += 1000) {
      const objs = [];
      for (let j = i; j < Math.min(n, i + 1000); j++) {
        const hidden = j % 3 === 2;
        if (!hidden) visible++;
        objs.push({
          type: 'note',
          spec_version: '2.1',
          id: stixId('note', 'bench', String(j)),
          created: '2026-01-01T00:00:00.000Z',
          modified: '2026-01-01T00:00:00.000Z',
          content: `Benchmark note ${j}: armed men attacked the market in the early hours, witnesses said.`,
          object_refs: [stixId('report', 'bench', String(Math.floor(j / 10)))],
          object_marking_refs: [hidden ? TLP_MARKING_IDS['amber+strict'] : TLP_MARKING_IDS.green],
        });
      }
      await share.addObjects(collection, objs, { audience, addedBy: 'bench' });
    }
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const url = `http://127.0.0.1:${address.port}/taxii2/api/collections/${collection}/objects/`;
    const headers = { accept: TAXII_MEDIA_TYPE, authorization: `Bearer ${token}` };
    const pass = async (): Promise<{ count: number; pages: number }> => {
      let next: string | null = null;
      let count = 0;
      let pages = 0;
      do {
        const res = await fetch(`${url}?limit=${pageSize}${next ? `&next=${next}` : ''}`, { headers });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const body = (await res.json()) as { more: boolean; next?: string; objects?: unknown[] };
        count += body.objects?.length ?? 0;
        pages++;
        next = body.more && body.next ? body.next : null;
      } while (next);
      return { count, pages };
    };
    const warm = await pass();
    if (warm.count !== visible) throw new Error(`expected ${visible} visible objects, got ${warm.count}`);
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = process.hrtime.bigint();
      await pass();
      times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    times.sort((a, b) => a - b);
    const seconds = times[Math.floor(times.length / 2)] ?? 0;
    return {
      objects: visible,
      stored: n,
      pageSize,
      pages: warm.pages,
      seconds,
      objectsPerSecond: seconds > 0 ? Math.round(visible / seconds) : 0,
    };
  } finally {
    await app.close();
    await share.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
