/**
 * fuse — entities, incidents, figures, claim groups, contradictions, warnings
 * and stories across reports, built incrementally from contract-v1
 * extractions plus each report's metadata. Pure: no I/O, no clock.
 *
 * Public surface: `createFusion()` → `FusionState` (addDocument, merge, split,
 * listStories, showStory, entity, incidentView, groupView, warningView,
 * allContradictions, document, toJSON, snapshot), `fromJSON`, `restoreSnapshot`, `contradictionsInDocument(extraction)`
 * for one report, and the types of the views.
 */
export { contradictionsInDocument } from './claims.js';
export type { AuditRecord, CanonicalEntity, MemberRef } from './entities.js';
export type { Figure, Timeline } from './figures.js';
export {
  type AddSummary,
  type ClaimGroupView,
  type ContradictionView,
  createFusion,
  type DocumentMeta,
  type FusionJSON,
  type FusionOp,
  type FusionOptions,
  type FusionSnapshot,
  FusionState,
  fromJSON,
  type IncidentView,
  restoreSnapshot,
  type StorySummary,
  type StoryView,
  type WarningView,
} from './state.js';
export { type StoryDetail, type StoryListItem, type StoryReport, storyDetail, storySummaries } from './views.js';
export type { WarningMatch } from './warnings.js';
