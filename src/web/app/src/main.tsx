/**
 * Forewarn, the analyst's web UI: stories, documents with highlight layers,
 * and the warning ledger with its duty-to-warn workflow. Hash routes keep
 * every screen linkable without server-side routing.
 */
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type ApiError, actingAs, api, type Me, setActingAs } from './api.js';
import { DocumentPage, DocumentsPage } from './pages/Documents.js';
import { LoginPage } from './pages/Login.js';
import { StoriesPage } from './pages/Stories.js';
import { StoryPage } from './pages/Story.js';
import { WarningPage } from './pages/Warning.js';
import { WarningsPage } from './pages/Warnings.js';
import { useRoute } from './router.js';
import { useAsync } from './util.js';

function ActAs({ me, onChange }: { me: Me; onChange: () => void }) {
  const [name, setName] = useState(actingAs());
  return (
    <form
      class="act-as"
      onSubmit={(e) => {
        e.preventDefault();
        setActingAs(name.trim());
        onChange();
      }}
    >
      <label for="act-as">Acting as</label>
      <input
        id="act-as"
        value={name}
        placeholder={me.user.username}
        size={12}
        onInput={(e) => setName(e.currentTarget.value)}
        title="Local mode: act as another local user (e.g. a second approver)"
      />
      <button type="submit">Switch</button>
    </form>
  );
}

function App() {
  const route = useRoute();
  const [section = 'stories', id] = route.path;
  const me = useAsync(() => api.me(), []);
  const unauth = (me.error as ApiError | null)?.status === 401;

  useEffect(() => {
    const main = document.getElementById('main');
    if (main && document.activeElement === document.body) main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [section, id]);

  let page = null;
  if (unauth || section === 'login') page = <LoginPage onDone={me.reload} />;
  else if (section === 'stories') page = id ? <StoryPage id={id} /> : <StoriesPage />;
  else if (section === 'documents')
    page = id ? <DocumentPage id={id} focus={route.params.get('claim')} /> : <DocumentsPage />;
  else if (section === 'warnings') page = id ? <WarningPage id={id} me={me.data} /> : <WarningsPage me={me.data} />;
  else page = <p role="alert">No such page.</p>;

  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href="#/stories">
          Forewarn
        </a>
        <nav aria-label="Sections">
          <a href="#/stories" aria-current={section === 'stories' ? 'page' : undefined}>
            Stories
          </a>
          <a href="#/documents" aria-current={section === 'documents' ? 'page' : undefined}>
            Documents
          </a>
          <a href="#/warnings" aria-current={section === 'warnings' ? 'page' : undefined}>
            Warnings
          </a>
        </nav>
        <div class="who" aria-live="polite">
          {me.data ? (
            <>
              <span class="badge" data-role={me.data.user.role}>
                {me.data.user.username} · {me.data.user.role}
              </span>
              {me.data.mode === 'local' ? (
                <ActAs me={me.data} onChange={me.reload} />
              ) : (
                <button type="button" onClick={() => api.logout().then(me.reload)}>
                  Sign out
                </button>
              )}
            </>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
