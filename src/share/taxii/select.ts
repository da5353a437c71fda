/**
 * What a partner gets from a collection, pure: TLP visibility first, then the
 * TAXII filters (`match[id]`, `match[type]`, `match[spec_version]`,
 * `match[version]`, `added_after`), then pagination. Because visibility comes
 * first, `first`/`last` versions, counts, `more` and the date-added headers
 * are computed over what the partner may see only: an invisible object or
 * version is indistinguishable from one that does not exist.
 *
 * Public surface: `visibleTo(partner, meta)`, `selectObjects(partner, metas, query)`,
 * `parseFilters(query)`, types `Filters`, `Selection`.
 */
import { ForewarnError } from '../../errors.js';
import { firstAbove } from '../../sorted.js';
import { mayReadObject, type Partner } from '../tlp.js';
import type { ObjectMeta } from './store.js';
import { parseTimestampUs } from './time.js';

export interface Filters {
  ids: string[] | null;
  types: string[] | null;
  specVersions: string[] | null;
  /** 'last' (default), 'first', 'all', or version timestamps in microseconds */
  version: 'last' | 'first' | 'all' | number[];
  addedAfterUs: number | null;
  /** seq of the last object of the previous page */
  after: number | null;
  limit: number;
}

export interface Selection {
  page: ObjectMeta[];
  more: boolean;
  /** the token to pass as `next` for the following page, when `more` */
  next: string | null;
}

/**
 * Whether the partner may see this stored version: the official TLP marking
 * definitions are public to every reader of the collection; everything else
 * goes through `mayReadObject` with the audience it was shared with.
 */
export function visibleTo(partner: Partner, meta: ObjectMeta): boolean {
  if (meta.publicMarking) return partner.canRead;
  return mayReadObject(partner, { object_marking_refs: meta.markings }, meta.audience);
}

const list = (v: unknown): string[] | null => {
  if (v === undefined) return null;
  const parts = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(','));
  const out = parts.map((s) => s.trim()).filter((s) => s !== '');
  return out.length ? out : null;
};

const bad = (message: string, parameter: string) => new ForewarnError('bad_request', message, { parameter });

/** The TAXII query parameters, checked. Errors: bad_request (details.parameter). */
export function parseFilters(
  query: Record<string, unknown>,
  options: { defaultLimit: number; maxLimit: number; versionDefault?: Filters['version'] },
): Filters {
  let limit = options.defaultLimit;
  if (query.limit !== undefined) {
    const n = Number(query.limit);
    if (!/^\d+$/.test(String(query.limit)) || n < 1) throw bad('limit must be a positive integer', 'limit');
    limit = Math.min(n, options.maxLimit);
  }
  let addedAfterUs: number | null = null;
  if (query.added_after !== undefined) {
    addedAfterUs = parseTimestampUs(String(query.added_after));
    if (addedAfterUs === null) throw bad('added_after must be an RFC 3339 UTC timestamp', 'added_after');
  }
  let after: number | null = null;
  if (query.next !== undefined) {
    const m = /^s(\d{1,15})$/.exec(String(query.next));
    if (!m) throw bad('next is not a token this server gave', 'next');
    after = Number(m[1]);
  }
  let version: Filters['version'] = options.versionDefault ?? 'last';
  const versions = list(query['match[version]']);
  if (versions) {
    if (versions.includes('all')) version = 'all';
    else if (versions.length === 1 && (versions[0] === 'last' || versions[0] === 'first'))
      version = versions[0] as 'last' | 'first';
    else {
      const us = versions.map((v) => parseTimestampUs(v));
      if (us.some((x) => x === null))
        throw bad('match[version] is last, first, all or RFC 3339 timestamps', 'match[version]');
      version = us as number[];
    }
  }
  return {
    ids: list(query['match[id]']),
    types: list(query['match[type]']),
    specVersions: list(query['match[spec_version]']),
    version,
    addedAfterUs,
    after,
    limit,
  };
}

/**
 * The versions a partner may see that match the filters other than
 * `added_after`, `next` and `limit`, in date-added order. Cached per list of
 * metas (a new list whenever the collection changes), partner and filters.
 */
const selections = new WeakMap<readonly ObjectMeta[], Map<string, ObjectMeta[]>>();

function matching(partner: Partner, metas: readonly ObjectMeta[], f: Filters): ObjectMeta[] {
  const key = JSON.stringify([
    partner.id,
    partner.organization,
    partner.canRead,
    f.ids,
    f.types,
    f.specVersions,
    f.version,
  ]);
  let perList = selections.get(metas);
  const hit = perList?.get(key);
  if (hit) return hit;
  const ids = f.ids ? new Set(f.ids) : null;
  const types = f.types ? new Set(f.types) : null;
  const specs = f.specVersions ? new Set(f.specVersions) : null;
  let rows = metas.filter(
    (m) =>
      (!ids || ids.has(m.id)) &&
      (!types || types.has(m.type)) &&
      (!specs || specs.has(m.specVersion)) &&
      visibleTo(partner, m),
  );
  if (f.version === 'last' || f.version === 'first') {
    const pick = new Map<string, ObjectMeta>();
    for (const m of rows) {
      const cur = pick.get(m.id);
      if (!cur || (f.version === 'last' ? m.versionUs > cur.versionUs : m.versionUs < cur.versionUs)) pick.set(m.id, m);
    }
    rows = rows.filter((m) => pick.get(m.id) === m);
  } else if (Array.isArray(f.version)) {
    const wanted = new Set(f.version);
    rows = rows.filter((m) => wanted.has(m.versionUs));
  }
  if (!perList) {
    perList = new Map();
    selections.set(metas, perList);
  }
  if (perList.size >= 64) perList.clear();
  perList.set(key, rows);
  return rows;
}

/**
 * The page of versions a partner gets for a query, over `metas` in date-added
 * order (seq and date added both strictly increase along it).
 */
export function selectObjects(partner: Partner, metas: readonly ObjectMeta[], f: Filters): Selection {
  const rows = matching(partner, metas, f);
  let start = 0;
  if (f.addedAfterUs !== null)
    start = Math.max(
      start,
      firstAbove(rows, (m) => m.dateAddedUs, f.addedAfterUs),
    );
  if (f.after !== null)
    start = Math.max(
      start,
      firstAbove(rows, (m) => m.seq, f.after),
    );
  const page = rows.slice(start, start + f.limit);
  const more = rows.length > start + f.limit;
  const last = page[page.length - 1];
  return { page, more, next: more && last ? `s${last.seq}` : null };
}
