/**
 * The fixed STIX vocabulary Forewarn publishes and relies on: its own producer
 * identity, the extension-definitions of its property extensions, the STIX 2.1
 * relationship rules it respects, and the Admiralty → confidence mapping.
 *
 * Public surface: `FOREWARN_IDENTITY_ID`, `forewarnIdentity()`, `EXTENSION_IDS`,
 * `ExtensionName`, `EXTENSION_SCHEMA_BASE`, `extensionDefinition(name)`,
 * `allExtensionDefinitions()`, `relationshipAllowed(source, type, target)`,
 * `parseAdmiralty(grading)`, `admiraltyConfidence(grading)`, `FOREWARN_EPOCH`.
 */
import type { Admiralty, StixObject } from './types.js';

/** When Forewarn's fixed objects (identity, extension-definitions) were first made; constant so exports are stable. */
export const FOREWARN_EPOCH = '2026-11-29T00:00:00.000Z';

export const FOREWARN_IDENTITY_ID = 'identity--8656d9c8-6ab4-4689-bba6-d6a3195c4d10';

/** Ids of Forewarn's property extensions; fixed forever once shared (consumers key on them). */
export const EXTENSION_IDS = {
  document: 'extension-definition--8cd4172e-93a3-4521-b83a-20c150a6e700',
  entity: 'extension-definition--66622ec3-8f0e-49e2-bd07-fe339d04b630',
  event: 'extension-definition--d1a62aba-f4db-46a3-a132-4155eac24b69',
  claim: 'extension-definition--e24c1573-d565-496f-a2da-b28e0707fb10',
  warning: 'extension-definition--a8803604-c5fa-47d8-b9d8-91de3002ec82',
} as const;
export type ExtensionName = keyof typeof EXTENSION_IDS;

/**
 * Where the JSON Schemas of the extensions are published (the files are in
 * src/share/stix/extensions/). The integrator confirms the repository URL.
 */
export const EXTENSION_SCHEMA_BASE =
  'https://raw.githubusercontent.com/forewarn/forewarn/main/src/share/stix/extensions/';

const EXTENSION_TEXT: Record<ExtensionName, { name: string; description: string }> = {
  document: {
    name: 'Forewarn source document',
    description:
      'On a report that stands for one source document: Forewarn document id, sha-256 of the text, outlet, origin, language, length, ingestion time, original date precision and Admiralty grading.',
  },
  entity: {
    name: 'Forewarn entity',
    description:
      'On an identity, threat-actor, intrusion-set or location extracted from a document: the Forewarn item id and document id, entity type, aliases and the spans of its mentions.',
  },
  event: {
    name: 'Forewarn event',
    description:
      'On an incident extracted from a document: event type and subtype, date at its precision, killed and injured counts with qualifier, location, actor and target refs, and the evidence span.',
  },
  claim: {
    name: 'Forewarn attributed claim',
    description:
      'On a note that records an attributed statement: speaker text and entity ref, anonymity, cue, quote type, polarity, hedging, intermediaries (via) and the spans of cue and content.',
  },
  warning: {
    name: 'Forewarn warning',
    description:
      'On a threat-report that stands for a warning, reported in a document or managed in Forewarn: issuer, recipient(s), threat, basis, specificity, decision and acknowledgement.',
  },
};

export function forewarnIdentity(): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: FOREWARN_IDENTITY_ID,
    created: FOREWARN_EPOCH,
    modified: FOREWARN_EPOCH,
    name: 'Forewarn',
    description: 'The Forewarn warning-intelligence platform, producer of these objects and their extensions.',
    identity_class: 'system',
  };
}

export function extensionDefinition(name: ExtensionName): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: EXTENSION_IDS[name],
    created_by_ref: FOREWARN_IDENTITY_ID,
    created: FOREWARN_EPOCH,
    modified: FOREWARN_EPOCH,
    name: EXTENSION_TEXT[name].name,
    description: EXTENSION_TEXT[name].description,
    schema: `${EXTENSION_SCHEMA_BASE}${name}.schema.json`,
    version: '1.0.0',
    extension_types: ['property-extension'],
  };
}

export function allExtensionDefinitions(): StixObject[] {
  return (Object.keys(EXTENSION_IDS) as ExtensionName[]).map(extensionDefinition);
}

/**
 * STIX 2.1 relationship rules (the "Relationships" table of each SDO in the
 * specification), for the source types Forewarn emits or reads. Anything not
 * here is refused, so a consumer that checks the rules never rejects us.
 */
const RELATIONSHIP_RULES: Record<string, Record<string, readonly string[]>> = {
  'threat-actor': {
    'attributed-to': ['identity'],
    compromises: ['infrastructure'],
    hosts: ['infrastructure'],
    owns: ['infrastructure'],
    impersonates: ['identity'],
    'located-at': ['location'],
    targets: ['identity', 'location', 'vulnerability'],
    uses: ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
  'intrusion-set': {
    'attributed-to': ['threat-actor'],
    compromises: ['infrastructure'],
    hosts: ['infrastructure'],
    owns: ['infrastructure'],
    'originates-from': ['location'],
    targets: ['identity', 'location', 'vulnerability'],
    uses: ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
  campaign: {
    'attributed-to': ['intrusion-set', 'threat-actor'],
    compromises: ['infrastructure'],
    'originates-from': ['location'],
    targets: ['identity', 'location', 'vulnerability'],
    uses: ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
  identity: { 'located-at': ['location'] },
};

/** Types between which the common relationships apply (SDOs, not meta objects or SROs). */
const NOT_SDO = new Set(['relationship', 'sighting', 'marking-definition', 'extension-definition', 'language-content']);

export function relationshipAllowed(sourceType: string, relationshipType: string, targetType: string): boolean {
  if (NOT_SDO.has(sourceType) || NOT_SDO.has(targetType)) return false;
  // The common relationships hold between any SDOs; derived-from and duplicate-of only within one type.
  if (relationshipType === 'related-to') return true;
  if (relationshipType === 'derived-from' || relationshipType === 'duplicate-of') return sourceType === targetType;
  return RELATIONSHIP_RULES[sourceType]?.[relationshipType]?.includes(targetType) ?? false;
}

/** 'B2', 'b 2', {reliability:'B', credibility:2} → Admiralty; null when nothing usable. */
export function parseAdmiralty(grading: Admiralty | string | null | undefined): Admiralty | null {
  if (grading == null) return null;
  if (typeof grading === 'string') {
    const m = /^\s*([A-Fa-f])?\s*([1-6])?\s*$/.exec(grading);
    if (!m || (!m[1] && !m[2])) return null;
    return {
      reliability: m[1] ? (m[1].toUpperCase() as Admiralty['reliability']) : null,
      credibility: m[2] ? (Number(m[2]) as Admiralty['credibility']) : null,
    };
  }
  if (grading.reliability == null && grading.credibility == null) return null;
  return { reliability: grading.reliability ?? null, credibility: grading.credibility ?? null };
}

/**
 * STIX `confidence` (0–100) from the Admiralty credibility of the information,
 * by the STIX 2.1 Appendix A table: 1 confirmed → 90, 2 probably true → 70,
 * 3 possibly true → 50, 4 doubtful → 30, 5 improbable → 10, 6 cannot be
 * judged → no confidence. The source's reliability letter is not a statement
 * about this information, so it does not move the value (it travels in the
 * document extension instead).
 */
export function admiraltyConfidence(grading: Admiralty | string | null | undefined): number | null {
  const c = parseAdmiralty(grading)?.credibility;
  switch (c) {
    case 1:
      return 90;
    case 2:
      return 70;
    case 3:
      return 50;
    case 4:
      return 30;
    case 5:
      return 10;
    default:
      return null;
  }
}

/** The Admiralty credibility a STIX confidence stands for, by the same table's ranges; null when absent. */
export function confidenceCredibility(confidence: unknown): Admiralty['credibility'] {
  if (typeof confidence !== 'number' || !Number.isInteger(confidence) || confidence < 0 || confidence > 100)
    return null;
  if (confidence >= 80) return 1;
  if (confidence >= 60) return 2;
  if (confidence >= 40) return 3;
  if (confidence >= 20) return 4;
  return 5;
}
