/** What every extraction stage knows about the document besides its text. */
export interface ExtractionContext {
  /** document id */
  id: string;
  /** publication date (YYYY-MM-DD, YYYY-MM or YYYY), or null when unknown */
  published: string | null;
  title: string | null;
}
