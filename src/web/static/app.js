/**
 * Forewarn minimal reader: lists documents (with full-text search and
 * paging) from /api/documents and shows one document's text with its
 * entities and claims highlighted from their spans.
 *
 * No framework and no remote requests. Document text is untrusted, so it
 * only ever reaches the page through textContent, never as HTML.
 */
const PAGE = 20;
const state = { q: '', offset: 0, total: 0, current: null };

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.className = v;
    else if (k === 'on') node.addEventListener('click', v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(data?.error?.message ?? `HTTP ${res.status}`);
  return data;
}

function status(message) {
  $('status').textContent = message;
}

async function loadList() {
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(state.offset) });
  if (state.q) params.set('q', state.q);
  try {
    const page = await getJson(`/api/documents?${params}`);
    state.total = page.total;
    renderList(page.items);
    status('Ready.');
  } catch (e) {
    status(`Could not load documents: ${e.message}`);
  }
}

function renderList(items) {
  const list = $('documents');
  list.replaceChildren();
  for (const doc of items) {
    const sub = [doc.published, doc.outlet].filter(Boolean).join(' · ');
    const button = el('button', { type: 'button', 'data-id': doc.id, on: () => openDocument(doc.id) }, [
      el('span', { text: doc.title ?? doc.id }),
      el('span', { class: 'sub', text: sub }),
    ]);
    if (doc.id === state.current) button.setAttribute('aria-current', 'true');
    list.append(el('li', {}, [button]));
  }
  const last = Math.min(state.offset + items.length, state.total);
  $('count').textContent =
    state.total === 0
      ? state.q
        ? `No document matches “${state.q}”.`
        : 'No documents yet.'
      : `Documents ${state.offset + 1}–${last} of ${state.total}${state.q ? ` matching “${state.q}”` : ''}`;
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + PAGE >= state.total;
}

/** Splits the text at every span boundary and marks each piece with what covers it. */
function highlighted(text, entities, claims) {
  const ranges = [];
  for (const e of entities)
    for (const [s, t] of e.mentions) ranges.push({ s, t, kind: 'entity', label: `${e.name} (${e.type})` });
  for (const c of claims)
    ranges.push({ s: c.content.span[0], t: c.content.span[1], kind: 'claim', label: `claim by ${c.speaker.text}` });
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    if (r.s >= 0 && r.t <= text.length && r.s < r.t) {
      cuts.add(r.s);
      cuts.add(r.t);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, t] = [points[i], points[i + 1]];
    const over = ranges.filter((r) => r.s <= s && r.t >= t);
    const piece = text.slice(s, t);
    if (over.length === 0) {
      out.push(piece);
      continue;
    }
    const entity = over.some((r) => r.kind === 'entity');
    const claim = over.some((r) => r.kind === 'claim');
    const kind = entity && claim ? 'mark-both' : entity ? 'mark-entity' : 'mark-claim';
    out.push(el('mark', { class: kind, title: over.map((r) => r.label).join('; '), text: piece }));
  }
  return out;
}

async function openDocument(id) {
  status('Loading document…');
  try {
    const doc = await getJson(`/api/documents/${encodeURIComponent(id)}`);
    state.current = doc.id;
    for (const b of document.querySelectorAll('#documents button')) {
      if (b.getAttribute('data-id') === doc.id) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
    const { entities, claims } = doc.extraction;
    $('doc-title').textContent = doc.title ?? doc.id;
    $('doc-meta').textContent = [doc.published, doc.outlet, `${entities.length} entities`, `${claims.length} claims`]
      .filter(Boolean)
      .join(' · ');
    $('legend').hidden = false;
    $('doc-text').replaceChildren(...highlighted(doc.text, entities, claims));
    $('claims').replaceChildren(
      ...claims.map((c) =>
        el('li', {}, [
          el('strong', { text: c.speaker.text }),
          ` ${c.cue.text}: “${c.content.text}”`,
          el('span', { class: 'tag', text: c.polarity === 'deny' ? 'denial' : c.quote }),
          ...(c.hedged ? [el('span', { class: 'tag', text: 'hedged' })] : []),
          ...(c.speaker.anonymous ? [el('span', { class: 'tag', text: 'anonymous' })] : []),
        ]),
      ),
    );
    $('entities').replaceChildren(
      ...entities.map((e) =>
        el('li', {}, [
          e.name,
          el('span', { class: 'tag', text: e.type.replace('_', ' ') }),
          ...(e.aliases.length ? [` also ${e.aliases.join(', ')}`] : []),
        ]),
      ),
    );
    $('reader').focus();
    status(`Showing ${doc.title ?? doc.id}.`);
  } catch (e) {
    status(`Could not load the document: ${e.message}`);
  }
}

function init() {
  $('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    state.q = $('q').value.trim();
    state.offset = 0;
    loadList();
  });
  $('prev').addEventListener('click', () => {
    state.offset = Math.max(0, state.offset - PAGE);
    loadList();
  });
  $('next').addEventListener('click', () => {
    state.offset += PAGE;
    loadList();
  });
  getJson('/api/health')
    .then((h) => {
      document.title = `Forewarn ${h.version}`;
    })
    .catch(() => {});
  loadList();
}

init();
