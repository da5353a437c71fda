/**
 * Traffic Light Protocol 2.0 (FIRST, 2022) for sharing: the five levels, their
 * official STIX 2.1 marking-definition objects and ids, their ordering, and
 * the read rule every sharing endpoint applies.
 *
 * Public surface: `TLP_LEVELS`, `TlpLevel`, `TLP_MARKING_IDS`,
 * `TLP2_EXTENSION_ID`, `tlpMarkingDefinition(level)`, `tlpFromMarkingId(id)`
 * (also understands the four TLP 1.0 ids), `parseTlp(text)`, `tlpLabel(level)`,
 * `compareTlp(a, b)`, `mostRestrictive(levels)`, `tlpOfMarkings(refs)`,
 * `mayRead(partner, level, audience)`, `mayReadObject(partner, object, audience)`, and the `Partner`/`Audience` types.
 */

/** Least to most restrictive: the array order is the ordering. */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** The TLP 2.0 extension that the official marking-definition objects carry. */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/**
 * The official TLP 2.0 marking-definition ids (OASIS CTI common objects).
 * They are fixed so that every producer marks with the same ids; never mint
 * our own for TLP.
 */
export const TLP_MARKING_IDS: Readonly<Record<TlpLevel, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/**
 * The STIX 2.1 built-in TLP 1.0 ids, still common in partners' bundles. WHITE
 * became CLEAR in TLP 2.0; TLP 1.0 had no AMBER+STRICT.
 */
const TLP1_MARKING_IDS: Readonly<Record<string, TlpLevel>> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

/** The `created` of the official TLP 2.0 marking definitions. */
const TLP2_CREATED = '2022-10-01T00:00:00.000Z';

export interface TlpMarkingDefinition {
  type: 'marking-definition';
  spec_version: '2.1';
  id: string;
  created: string;
  name: string;
  extensions: Record<string, { extension_type: 'property-extension'; tlp_2_0: TlpLevel }>;
}

export function tlpLabel(level: TlpLevel): string {
  return `TLP:${level.toUpperCase()}`;
}

/** The official marking-definition object for a level, as published by OASIS. */
export function tlpMarkingDefinition(level: TlpLevel): TlpMarkingDefinition {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING_IDS[level],
    created: TLP2_CREATED,
    name: tlpLabel(level),
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

/** The level a marking-definition id stands for (TLP 2.0 or 1.0), or null for any other marking. */
export function tlpFromMarkingId(id: string): TlpLevel | null {
  for (const level of TLP_LEVELS) if (TLP_MARKING_IDS[level] === id) return level;
  return TLP1_MARKING_IDS[id] ?? null;
}

/** 'TLP:AMBER+STRICT', 'amber+strict', 'WHITE' (TLP 1.0, read as CLEAR) → level; null when not a TLP label. */
export function parseTlp(text: string): TlpLevel | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^tlp:\s*/, '');
  if (t === 'white') return 'clear';
  return (TLP_LEVELS as readonly string[]).includes(t) ? (t as TlpLevel) : null;
}

/** Negative when a is less restrictive than b. */
export function compareTlp(a: TlpLevel, b: TlpLevel): number {
  return TLP_LEVELS.indexOf(a) - TLP_LEVELS.indexOf(b);
}

/** The most restrictive of several levels; null for none. */
export function mostRestrictive(levels: Iterable<TlpLevel>): TlpLevel | null {
  let out: TlpLevel | null = null;
  for (const l of levels) if (out === null || compareTlp(l, out) > 0) out = l;
  return out;
}

/**
 * The level governing an object from its `object_marking_refs`: when several
 * TLP markings are present the most restrictive wins, because sharing wider
 * than any one marking allows would break that marking.
 */
export function tlpOfMarkings(refs: readonly string[] | undefined): TlpLevel | null {
  const levels: TlpLevel[] = [];
  for (const r of refs ?? []) {
    const l = tlpFromMarkingId(r);
    if (l) levels.push(l);
  }
  return mostRestrictive(levels);
}

/** A partner account asking to read. */
export interface Partner {
  /** the individual recipient (account or person id) */
  id: string;
  /** the partner's organisation */
  organization: string;
  /** whether the partner has been granted read rights at all */
  canRead: boolean;
}

/** Who a marked item was shared with. */
export interface Audience {
  /** the organisation the item was shared with (AMBER+STRICT: only this one) */
  organization?: string | null;
  /** further partner organisations named for AMBER */
  organizations?: readonly string[];
  /** individual recipients named for RED (partner ids) */
  namedRecipients?: readonly string[];
}

/**
 * Whether a partner may read an item marked `level`, shared with `audience`.
 * CLEAR and GREEN: every partner with read rights. AMBER: partners whose
 * organisation is named. AMBER+STRICT: the partner organisation only. RED: the
 * named recipients only. No read rights or no TLP marking: never, because an
 * unmarked item has not been cleared for sharing by anyone.
 */
export function mayRead(partner: Partner, level: TlpLevel | null | undefined, audience: Audience = {}): boolean {
  if (!partner.canRead || !level) return false;
  switch (level) {
    case 'clear':
    case 'green':
      return true;
    case 'amber':
      return (
        (audience.organization != null && audience.organization === partner.organization) ||
        (audience.organizations ?? []).includes(partner.organization)
      );
    case 'amber+strict':
      return audience.organization != null && audience.organization === partner.organization;
    case 'red':
      return (audience.namedRecipients ?? []).includes(partner.id);
    default:
      return false;
  }
}

/** `mayRead` for a STIX object, by the TLP level its `object_marking_refs` give. */
export function mayReadObject(
  partner: Partner,
  object: { object_marking_refs?: readonly string[] },
  audience: Audience = {},
): boolean {
  return mayRead(partner, tlpOfMarkings(object.object_marking_refs), audience);
}
