/**
 * The story views the API and the CLI share: the list with counts, and one
 * story with its reports' metadata (an undated report is kept and marked).
 * Pure.
 *
 * Public surface: `storySummaries(state)`, `storyDetail(state, id)`,
 * `StoryListItem`, `StoryReport`, `StoryDetail`.
 */
import type { FusionState, StoryView } from './state.js';

export interface StoryListItem {
  id: string;
  title: string;
  /** number of reports */
  documents: number;
  /** number of incidents */
  incidents: number;
  first: string | null;
  last: string | null;
}

export interface StoryReport {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** true when the report has no publication date (kept, but it cannot date anything) */
  undated: boolean;
}

export type StoryDetail = StoryView & { reports: StoryReport[] };

/** Every story, newest first, with counts. */
export function storySummaries(state: FusionState): StoryListItem[] {
  return state.listStories().map((s) => ({
    id: s.id,
    title: s.title,
    documents: s.documents.length,
    incidents: s.incidents.length,
    first: s.first,
    last: s.last,
  }));
}

/** One story's full view plus its reports' metadata; fails with not_found. */
export function storyDetail(state: FusionState, id: string): StoryDetail {
  const view = state.showStory(id);
  const reports = view.documents.map((d) => {
    const meta = state.document(d);
    return {
      id: d,
      title: meta?.title ?? null,
      outlet: meta?.outlet ?? null,
      published: meta?.published ?? null,
      undated: !meta?.published,
    };
  });
  return { ...view, reports };
}
