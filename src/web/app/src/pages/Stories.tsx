import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { day, useAsync } from '../util.js';

const count = (x: number | string[]): number => (typeof x === 'number' ? x : x.length);

export function StoriesPage() {
  const stories = useAsync(() => api.stories(), []);
  const [q, setQ] = useState('');
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (stories.data ?? []).filter((s) => words.every((w) => s.title.toLowerCase().includes(w)));
  return (
    <section>
      <h1>Stories</h1>
      <p class="lede">Incidents, claims, contradictions and warnings fused across reports.</p>
      <div class="toolbar">
        <label for="story-q">Search stories</label>
        <input id="story-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      </div>
      {stories.loading ? <p aria-live="polite">Loading stories…</p> : null}
      {stories.error ? <p role="alert">Could not load stories: {stories.error.message}</p> : null}
      {stories.data ? (
        <p class="count" aria-live="polite">
          {shown.length} of {stories.data.length} stories
        </p>
      ) : null}
      <ul class="cards story-list">
        {shown.map((s) => (
          <li key={s.id}>
            <a class="card story-link" href={`#/stories/${encodeURIComponent(s.id)}`}>
              <strong>{s.title}</strong>
              <span class="sub">
                {day(s.first)} – {day(s.last)} · {count(s.documents)} reports · {count(s.incidents)} incidents
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
