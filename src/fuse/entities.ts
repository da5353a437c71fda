/**
 * Canonical entities across documents: every document entity (a "member",
 * keyed `document#localId`) belongs to one cluster; clusters are the canonical
 * entities. Clusters are found through an alias index (normalised names and
 * aliases, curated armed-group names, person first+last), then weaker keys
 * (acronym ↔ initials, surname → full name) that only ever attach to a single
 * unambiguous cluster. Merged cluster ids keep pointing at the survivor
 * (union-find), so ids held elsewhere stay valid. Analysts merge and split;
 * a split also records that the two parts must stay apart.
 *
 * Public surface: `EntityRegistry` (resolveDocument, find, memberCluster, merge,
 * split, cluster, canonical, typeOf, nameOf, geoOf), `CanonicalEntity`, `AuditRecord`,
 * `MemberRef`, `typesCompatible`.
 */
import { ForewarnError } from '../errors.js';
import type { Entity, EntityType, Geo, Span } from '../extract/contract.js';
import * as armedGroups from '../extract/entities/data/armed-groups.js';
import { acronymOf, initialsOf, normName, personParts } from './text.js';

export interface Member {
  document: string;
  entity: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  geo?: Geo | null;
}

export interface MemberRef {
  document: string;
  entity: string;
}

interface Cluster {
  id: string;
  members: Member[];
  types: Partial<Record<EntityType, number>>;
  /** kept beside the members so that look-ups stay constant as a cluster grows to thousands of mentions */
  documents: Set<string>;
  geo: Geo | null;
  /** the display name, recomputed only after the members change */
  display: string | null;
}

export interface CanonicalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** every document mention: merges add to this list, never drop from it */
  mentions: { document: string; entity: string; name: string; spans: Span[] }[];
}

export interface AuditRecord {
  action: 'merge' | 'split';
  by: string;
  at: string | null;
  /** merge: the two ids asked for; split: the entity split */
  entities: string[];
  /** the surviving id (merge) or the new entity (split) */
  result: string;
  mentions: MemberRef[];
}

/** 'other' is the extractor's "don't know": it may join anything; otherwise the types must agree. */
export const typesCompatible = (a: EntityType, b: EntityType): boolean => a === b || a === 'other' || b === 'other';

// The extractor's curated armed-group names, read through a namespace so a
// renamed export there degrades to "no curated names" instead of breaking fusion.
const CURATED = new Map<string, string>();
for (const g of (armedGroups as { ARMED_GROUPS?: { key: string; name: string; aliases: string[] }[] }).ARMED_GROUPS ??
  []) {
  for (const n of [g.name, ...g.aliases]) CURATED.set(normName(n), g.key);
}

const memberKey = (document: string, entity: string) => `${document}#${entity}`;

export class EntityRegistry {
  private clusters = new Map<string, Cluster>();
  private parent = new Map<string, string>();
  private memberOf = new Map<string, string>();
  private index = new Map<string, Set<string>>();
  private apart = new Map<string, Set<string>>();
  private next = 1;
  /** bumped whenever ids stop meaning what they meant (union, split): callers key caches on it */
  version = 0;

  find(id: string): string {
    let x = id;
    for (let p = this.parent.get(x); p !== undefined; p = this.parent.get(x)) x = p;
    // path compression keeps chains of merges short
    let y = id;
    while (y !== x) {
      const p = this.parent.get(y) as string;
      this.parent.set(y, x);
      y = p;
    }
    return x;
  }

  has(id: string): boolean {
    return this.clusters.has(this.find(id));
  }

  memberCluster(document: string, entity: string | null | undefined): string | null {
    if (!entity) return null;
    const c = this.memberOf.get(memberKey(document, entity));
    return c === undefined ? null : this.find(c);
  }

  typeOf(id: string): EntityType {
    const c = this.clusters.get(this.find(id));
    if (!c) return 'other';
    let best: EntityType = 'other';
    let n = 0;
    for (const [t, k] of Object.entries(c.types) as [EntityType, number][]) {
      if (t !== 'other' && k > n) {
        best = t;
        n = k;
      }
    }
    return best;
  }

  geoOf(id: string): Geo | null {
    return this.clusters.get(this.find(id))?.geo ?? null;
  }

  nameOf(id: string): string {
    const c = this.clusters.get(this.find(id));
    if (!c) return id;
    c.display ??= displayName(c);
    return c.display;
  }

  /** Resolves every entity of one document to a cluster; returns local id → cluster id. */
  resolveDocument(document: string, entities: Entity[]): Map<string, string> {
    const out = new Map<string, string>();
    // full names first, so that a bare surname later in the same document finds them
    const order = [...entities].sort((a, b) => nameWeight(b) - nameWeight(a));
    for (const e of order) {
      const m: Member = {
        document,
        entity: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases ?? [],
        mentions: e.mentions ?? [],
        geo: e.geo ?? null,
      };
      const id = this.place(m);
      out.set(e.id, id);
    }
    return out;
  }

  private place(m: Member): string {
    // "Khan" in a report that names Sadiq Khan is Sadiq Khan, whatever a bare "Khan" elsewhere was
    const local = this.localSurname(m);
    if (local) {
      this.attach(local, m);
      return this.find(local);
    }
    const strong = this.candidates(strongKeys(m), m.type);
    let target: string | null = null;
    if (strong.length) {
      const specific = new Set(strong.map((c) => this.typeOf(c)).filter((t) => t !== 'other'));
      if (m.type === 'other' && specific.size > 1) {
        // an untyped name that fits a city and a government alike joins the bigger, and bridges nothing
        target = this.best(strong, m.document);
      } else {
        target = this.best(strong, m.document);
        for (const c of strong) {
          if (c !== target && !this.isApart(target, c)) target = this.union(target, c);
        }
      }
    } else {
      target = this.weakMatch(m);
    }
    if (target === null) target = this.create();
    this.attach(target, m);
    return this.find(target);
  }

  private localSurname(m: Member): string | null {
    if (m.type !== 'person' && m.type !== 'other') return null;
    const p = personParts(m.name);
    if (p?.tokens.length !== 1 || !/^\p{Lu}/u.test(m.name.trim())) return null;
    const same = this.candidates([`sn:${p.last}`, `sno:${p.last}`], m.type).filter((x) =>
      this.inDocument(x, m.document),
    );
    return same.length === 1 ? (same[0] ?? null) : null;
  }

  private weakMatch(m: Member): string | null {
    const acr = acronymOf(m.name);
    const ini = initialsOf(m.name);
    if (acr) {
      const c = this.unique(this.candidates([`ini:${acr}`], m.type), m.document);
      if (c) return c;
    }
    if (ini) {
      // an acronym already spelt out by another full name is that name's, not this one's
      const cands = this.candidates([`acr:${ini}`], m.type).filter(
        (c) =>
          !this.clusters
            .get(c)
            ?.members.some((x) => initialsOf(x.name) === ini && normName(x.name) !== normName(m.name)),
      );
      const c = this.unique(cands, m.document);
      if (c) return c;
    }
    const p = m.type === 'person' || m.type === 'other' ? personParts(m.name) : null;
    if (p && p.tokens.length === 1 && /^\p{Lu}/u.test(m.name.trim())) {
      const people = this.candidates([`sn:${p.last}`], m.type);
      const c = this.unique(people, m.document);
      if (c) return c;
      // untyped full names only lend their surname inside their own document
      const local = this.candidates([`sno:${p.last}`], m.type).filter((x) => this.inDocument(x, m.document));
      if (local.length === 1) return local[0] ?? null;
    }
    return null;
  }

  /** One candidate, or the single one in the same document; ambiguity links nothing. */
  private unique(cands: string[], document: string): string | null {
    if (cands.length === 1) return cands[0] ?? null;
    const same = cands.filter((c) => this.inDocument(c, document));
    return same.length === 1 ? (same[0] ?? null) : null;
  }

  private inDocument(id: string, document: string): boolean {
    return this.clusters.get(this.find(id))?.documents.has(document) ?? false;
  }

  private candidates(keys: string[], type: EntityType): string[] {
    const found = new Set<string>();
    for (const k of keys) {
      for (const id of this.index.get(k) ?? []) {
        const r = this.find(id);
        if (this.clusters.has(r) && typesCompatible(type, this.typeOf(r))) found.add(r);
      }
    }
    return [...found];
  }

  private best(cands: string[], document: string): string {
    let best = cands[0] as string;
    let score = -1;
    for (const c of cands) {
      const s = (this.inDocument(c, document) ? 1e9 : 0) + (this.clusters.get(c)?.members.length ?? 0);
      if (s > score) {
        best = c;
        score = s;
      }
    }
    return best;
  }

  private create(): string {
    const id = `E${this.next++}`;
    this.clusters.set(id, { id, members: [], types: {}, documents: new Set(), geo: null, display: null });
    return id;
  }

  private attach(id: string, m: Member): void {
    const c = this.clusters.get(this.find(id)) as Cluster;
    c.members.push(m);
    c.types[m.type] = (c.types[m.type] ?? 0) + 1;
    c.documents.add(m.document);
    c.display = null;
    if (!c.geo && m.geo) c.geo = m.geo;
    this.memberOf.set(memberKey(m.document, m.entity), c.id);
    this.indexMember(c.id, m);
  }

  private indexMember(id: string, m: Member): void {
    const add = (k: string) => {
      const s = this.index.get(k);
      if (s) s.add(id);
      else this.index.set(k, new Set([id]));
    };
    for (const k of strongKeys(m)) add(k);
    for (const n of [m.name, ...m.aliases]) {
      const acr = acronymOf(n);
      if (acr) add(`acr:${acr}`);
      const ini = initialsOf(n);
      if (ini && ini.length >= 3) add(`ini:${ini}`);
    }
    const p = personParts(m.name);
    if (p && p.tokens.length >= 2) {
      if (m.type === 'person') add(`sn:${p.last}`);
      else if (m.type === 'other' && p.tokens.length <= 3) add(`sno:${p.last}`);
    }
  }

  private isApart(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    for (const x of this.apart.get(ra) ?? []) if (this.find(x) === rb) return true;
    return false;
  }

  private union(a: string, b: string): string {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const ca = this.clusters.get(ra) as Cluster;
    const cb = this.clusters.get(rb) as Cluster;
    // the bigger cluster survives, so ids that many items already hold stay the canonical ones
    const [keep, gone] = ca.members.length >= cb.members.length ? [ca, cb] : [cb, ca];
    for (const m of gone.members) keep.members.push(m);
    for (const d of gone.documents) keep.documents.add(d);
    keep.display = null;
    this.version++;
    if (!keep.geo) keep.geo = gone.geo;
    for (const [t, k] of Object.entries(gone.types) as [EntityType, number][]) keep.types[t] = (keep.types[t] ?? 0) + k;
    this.clusters.delete(gone.id);
    this.parent.set(gone.id, keep.id);
    const ga = this.apart.get(gone.id);
    if (ga) {
      const ka = this.apart.get(keep.id) ?? new Set<string>();
      for (const x of ga) ka.add(x);
      this.apart.set(keep.id, ka);
      this.apart.delete(gone.id);
    }
    return keep.id;
  }

  merge(a: string, b: string, by: string, at: string | null = null): AuditRecord {
    const ra = this.find(a);
    const rb = this.find(b);
    if (!this.clusters.has(ra) || !this.clusters.has(rb))
      throw new ForewarnError('not_found', `no entity ${this.clusters.has(ra) ? b : a}`);
    // an analyst's merge overrides an earlier split between the two
    this.apart.get(ra)?.forEach((x) => {
      if (this.find(x) === rb) this.apart.get(ra)?.delete(x);
    });
    this.apart.get(rb)?.forEach((x) => {
      if (this.find(x) === ra) this.apart.get(rb)?.delete(x);
    });
    const moved =
      (this.clusters.get(ra)?.members.length ?? 0) <= (this.clusters.get(rb)?.members.length ?? 0) ? ra : rb;
    const mentions = (this.clusters.get(moved)?.members ?? []).map((m) => ({ document: m.document, entity: m.entity }));
    const result = this.union(ra, rb);
    return { action: 'merge', by, at, entities: [a, b], result, mentions };
  }

  split(entity: string, mentions: MemberRef[], by: string, at: string | null = null): AuditRecord {
    const r = this.find(entity);
    const c = this.clusters.get(r);
    if (!c) throw new ForewarnError('not_found', `no entity ${entity}`);
    const wanted = new Set(mentions.map((m) => memberKey(m.document, m.entity)));
    const out = c.members.filter((m) => wanted.has(memberKey(m.document, m.entity)));
    if (!out.length || out.length === c.members.length)
      throw new ForewarnError('bad_request', 'a split must move some, but not all, of the entity’s mentions', {
        entity,
        asked: mentions.length,
        found: out.length,
      });
    const id = this.create();
    c.members = c.members.filter((m) => !wanted.has(memberKey(m.document, m.entity)));
    c.types = {};
    c.documents = new Set(c.members.map((m) => m.document));
    c.display = null;
    this.version++;
    c.geo = c.members.find((m) => m.geo)?.geo ?? null;
    for (const m of c.members) c.types[m.type] = (c.types[m.type] ?? 0) + 1;
    for (const m of out) this.attach(id, m);
    const ar = this.apart.get(r) ?? new Set<string>();
    ar.add(id);
    this.apart.set(r, ar);
    this.apart.set(id, new Set([r]));
    return {
      action: 'split',
      by,
      at,
      entities: [r],
      result: id,
      mentions: out.map((m) => ({ document: m.document, entity: m.entity })),
    };
  }

  canonical(id: string): CanonicalEntity | null {
    const c = this.clusters.get(this.find(id));
    if (!c) return null;
    const name = this.nameOf(c.id);
    const seen = new Set([normName(name)]);
    const aliases: string[] = [];
    for (const m of c.members) {
      for (const n of [m.name, ...m.aliases]) {
        const k = normName(n);
        if (k && !seen.has(k)) {
          seen.add(k);
          aliases.push(n);
        }
      }
    }
    return {
      id: c.id,
      name,
      type: this.typeOf(c.id),
      aliases,
      mentions: c.members.map((m) => ({ document: m.document, entity: m.entity, name: m.name, spans: m.mentions })),
    };
  }

  ids(): string[] {
    return [...this.clusters.keys()];
  }
}

function strongKeys(m: Member): string[] {
  const keys: string[] = [];
  for (const n of [m.name, ...m.aliases]) {
    const k = normName(n);
    if (!k) continue;
    keys.push(`n:${k}`);
    const cur = CURATED.get(k);
    if (cur) keys.push(`cur:${cur}`);
  }
  if (m.type === 'person') {
    const p = personParts(m.name);
    if (p && p.tokens.length >= 2) keys.push(`fl:${p.first} ${p.last}`);
  }
  return keys;
}

function nameWeight(e: Entity): number {
  const words = e.name.trim().split(/\s+/).length;
  return (acronymOf(e.name) ? 0 : words * 10) + (e.type === 'other' ? 0 : 1);
}

/** The fullest, most usual surface: not shouting capitals, more words, then more often seen. */
function displayName(c: Cluster): string {
  const counts = new Map<string, number>();
  for (const m of c.members) counts.set(m.name, (counts.get(m.name) ?? 0) + Math.max(1, m.mentions.length));
  let best = '';
  let score = -Infinity;
  for (const [n, k] of counts) {
    const caps = n === n.toUpperCase() && /[A-Z]{4,}/.test(n) && !acronymOf(n) ? -1000 : 0;
    const s = caps + (acronymOf(n) ? 0 : 100 * Math.min(n.split(/\s+/).length, 5)) + k;
    if (s > score || (s === score && n < best)) {
      best = n;
      score = s;
    }
  }
  return best;
}
