import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { isForewarnError } from '../errors.js';
import { DEFAULT_MAX_INPUT_BYTES, documentFromBytes, readDocumentFile, readDocumentStream } from './read.js';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-read-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

async function refusal(
  work: Promise<unknown>,
): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isForewarnError(error)) throw new Error(`expected a ForewarnError, got ${String(error)}`);
  return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
}

describe('reading plain text', () => {
  it('reads .txt, .text and .md as they are, with \\n line endings and no byte-order mark', async () => {
    const doc = await readDocumentFile(file('report.txt', '\ufeffLine one.\r\nLine two.\rLine three.\n'));
    expect(doc.text).toBe('Line one.\nLine two.\nLine three.\n');
    expect(doc).toMatchObject({ id: 'report', mediaType: 'text/plain', title: null, published: null, outlet: null });
    expect((await readDocumentFile(file('notes.text', 'Plain words.'))).text).toBe('Plain words.');
    expect((await readDocumentFile(file('brief.MD', '# Heading\n\nBody.'))).text).toBe('# Heading\n\nBody.');
  });

  it('keeps non-ASCII text intact', async () => {
    const text = 'Le général Touré a déclaré — «nous répondrons» 🚨 مرحبا';
    expect((await readDocumentFile(file('fr.txt', text))).text).toBe(text);
  });

  it('reads a file without extension as HTML only when it starts like HTML', async () => {
    expect((await readDocumentFile(file('README', 'Just words <b>here</b>.'))).mediaType).toBe('text/plain');
    const html = await readDocumentFile(file('page', '<!DOCTYPE html><html><body><p>Hello there.</p></body></html>'));
    expect(html).toMatchObject({ mediaType: 'text/html', text: 'Hello there.' });
  });

  it('reads a stream (stdin) with the same checks', async () => {
    const doc = await readDocumentStream(Readable.from([Buffer.from('From standard '), Buffer.from('input.')]), {
      origin: 'stdin',
      id: 'stdin',
    });
    expect(doc).toMatchObject({ id: 'stdin', text: 'From standard input.', origin: 'stdin' });
    const big = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]);
    expect((await refusal(readDocumentStream(big, { origin: 'stdin', maxBytes: 1000 }))).code).toBe('input_too_large');
    expect((await refusal(readDocumentStream(Readable.from([]), { origin: 'stdin' }))).code).toBe('empty_input');
  });
});

describe('reading HTML', () => {
  const page = `<!DOCTYPE html>
<html><head>
  <title>Blast in Mombasa | The Sentinel</title>
  <meta property="og:title" content="Blast in Mombasa">
  <meta property="og:site_name" content="The Sentinel">
  <meta property="article:published_time" content="2026-10-12T07:45:00+03:00">
  <style>body { color: red } .x::after { content: "STYLE-TEXT" }</style>
  <script>var leaked = "SCRIPT-TEXT";</script>
</head><body>
  <header><a href="/">Masthead HEADER-TEXT</a></header>
  <nav><ul><li>News</li><li>NAV-TEXT</li></ul></nav>
  <aside>Most read ASIDE-TEXT</aside>
  <main>
    <article>
      <h1>Blast in Mombasa</h1>
      <p>Police said   a bomb
         exploded at the hall on <b>Saturday</b>, killing&nbsp;12 people &amp; injuring 40.</p>
      <!-- COMMENT-TEXT -->
      <div hidden>HIDDEN-TEXT</div>
      <div style="display: none">INVISIBLE-TEXT</div>
      <p>"We will find them," the minister said.<br>He gave no details.</p>
      <ul><li>First point</li><li>Second point</li></ul>
      <table><tr><td>Killed</td><td>12</td></tr></table>
      <form><label>Subscribe FORM-TEXT</label><input></form>
      <noscript>NOSCRIPT-TEXT</noscript>
      <template>TEMPLATE-TEXT</template>
      <svg><text>SVG-TEXT</text></svg>
      <iframe src="x">IFRAME-TEXT</iframe>
    </article>
  </main>
  <footer>FOOTER-TEXT</footer>
</body></html>`;

  it('keeps the main text, as paragraphs, and nothing of the page furniture', async () => {
    const doc = await readDocumentFile(file('blast.html', page));
    expect(doc.mediaType).toBe('text/html');
    expect(doc.text).toBe(
      [
        'Blast in Mombasa',
        'Police said a bomb exploded at the hall on Saturday, killing 12 people & injuring 40.',
        '"We will find them," the minister said.\nHe gave no details.',
        'First point\nSecond point',
        'Killed 12',
      ].join('\n\n'),
    );
    for (const marker of ['SCRIPT', 'STYLE', 'HEADER', 'NAV', 'ASIDE', 'COMMENT', 'HIDDEN', 'INVISIBLE', 'FORM']) {
      expect(doc.text).not.toContain(`${marker}-TEXT`);
    }
    for (const marker of ['NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FOOTER']) expect(doc.text).not.toContain(marker);
  });

  it('takes title, date and outlet from the metadata', async () => {
    const doc = await readDocumentFile(file('blast.htm', page));
    expect(doc).toMatchObject({ title: 'Blast in Mombasa', published: '2026-10-12', outlet: 'The Sentinel' });
  });

  it('falls back to JSON-LD, <time> and <title> for metadata, and ignores broken JSON-LD', async () => {
    const ld = `<html><head><title>Only a title</title>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
        "datePublished":"2025-02-03T10:00:00Z","publisher":{"@type":"Organization","name":"Wire Service"}}]}</script>
      </head><body><p>Text of the report.</p></body></html>`;
    expect(await readDocumentFile(file('ld.html', ld))).toMatchObject({
      title: 'Only a title',
      published: '2025-02-03',
      outlet: 'Wire Service',
      text: 'Text of the report.',
    });
    const timed =
      '<html><body><h1>Heading as title</h1><p>On <time datetime="2024-07-09">Tuesday</time>.</p></body></html>';
    expect(await readDocumentFile(file('time.html', timed))).toMatchObject({
      title: 'Heading as title',
      published: '2024-07-09',
      outlet: null,
    });
    const badDate =
      '<html><head><meta property="article:published_time" content="2024-13-45"></head><body>x</body></html>';
    expect((await readDocumentFile(file('bad-date.html', badDate))).published).toBeNull();
  });

  it('prefers the longest <article>, then <main>, over the whole body', async () => {
    const html = `<html><body><div>Sidebar teaser</div>
      <article><p>Short teaser.</p></article>
      <article><p>The real and much longer report text sits here.</p></article></body></html>`;
    expect((await readDocumentFile(file('two.html', html))).text).toBe(
      'The real and much longer report text sits here.',
    );
    const main = '<html><body><div class="promo">Promo</div><main><p>Main report.</p></main></body></html>';
    expect((await readDocumentFile(file('main.html', main))).text).toBe('Main report.');
  });

  it('reads <br> as a line break and <br><br> as a paragraph break', async () => {
    const html = '<html><body>First line<br>second line<br><br>New paragraph<br/><br/><br/>Another</body></html>';
    expect((await readDocumentFile(file('br.html', html))).text).toBe(
      'First line\nsecond line\n\nNew paragraph\n\nAnother',
    );
  });

  it('keeps preformatted line breaks', async () => {
    const html = '<html><body><pre>line one\n  line two</pre></body></html>';
    expect((await readDocumentFile(file('pre.html', html))).text).toBe('line one\n  line two');
  });

  it('refuses pathologically nested HTML with malformed_html instead of parsing it for minutes', async () => {
    const deep = `<html><body>${'<b>'.repeat(100_000)}Deep text.</body></html>`;
    const r = await refusal(readDocumentFile(file('deep.html', deep)));
    expect(r.code).toBe('malformed_html');
    expect(r.message).toMatch(/more than 1000 deep/);
    // ordinary nesting is fine
    const nested = `<html><body>${'<div>'.repeat(200)}Nested text.${'</div>'.repeat(200)}</body></html>`;
    expect((await readDocumentFile(file('nested.html', nested))).text).toBe('Nested text.');
  });

  it('refuses HTML that is all scripts and styles with empty_input and says why', async () => {
    const scripts = `<html><head><script>${'var x = "SCRIPT";'.repeat(500)}</script><style>p{}</style></head>
      <body><script>document.write("SCRIPT")</script><nav>Home</nav></body></html>`;
    const r = await refusal(readDocumentFile(file('scripts.html', scripts)));
    expect(r.code).toBe('empty_input');
    expect(r.message).toMatch(/no readable text/);
  });
});

describe('refusing bad input', () => {
  it('refuses an empty file and a whitespace-only file', async () => {
    expect((await refusal(readDocumentFile(file('empty.txt', '')))).code).toBe('empty_input');
    const r = await refusal(readDocumentFile(file('blank.txt', ' \n\t\n ')));
    expect(r).toMatchObject({ code: 'empty_input' });
    expect(r.message).toMatch(/whitespace/);
  });

  it('refuses binary content: NUL bytes, or mostly control characters', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    const r = await refusal(readDocumentFile(file('image.txt', png)));
    expect(r.code).toBe('binary_input');
    expect(r.message).toMatch(/NUL byte at offset 8/);
    const controls = Buffer.alloc(4000);
    for (let i = 0; i < controls.length; i++) controls[i] = i % 3 === 0 ? 0x01 : 0x61;
    expect((await refusal(readDocumentFile(file('controls.txt', controls)))).code).toBe('binary_input');
  });

  it('refuses a file over the size limit from its size alone, before reading it', async () => {
    const path = join(tempDir(), 'huge.txt');
    writeFileSync(path, '');
    // sparse: 50 MB of NUL bytes that would read as binary_input if the
    // reader looked at the content instead of refusing by size first
    truncateSync(path, 50 * 1024 * 1024);
    const r = await refusal(readDocumentFile(path));
    expect(r.code).toBe('input_too_large');
    expect(r.message).toMatch(/50\.0 MB, over the 20\.0 MB limit/);
    expect(r.details).toMatchObject({ size: 50 * 1024 * 1024, maxBytes: DEFAULT_MAX_INPUT_BYTES });
    // the limit is configurable
    const small = file('small.txt', 'a'.repeat(2048));
    expect((await refusal(readDocumentFile(small, { maxBytes: 1024 }))).code).toBe('input_too_large');
    expect((await readDocumentFile(small, { maxBytes: 4096 })).text).toHaveLength(2048);
  });

  it('refuses invalid UTF-8 and says where', async () => {
    const bytes = Buffer.concat([Buffer.from('First line.\nSecond caf'), Buffer.from([0xe9]), Buffer.from(' line.')]);
    const r = await refusal(readDocumentFile(file('latin1.txt', bytes)));
    expect(r.code).toBe('invalid_encoding');
    expect(r.message).toContain('at byte 22 (line 2)');
    expect(r.details).toMatchObject({ byte: 22, line: 2 });
    // a truncated multi-byte sequence at the very end
    const cut = Buffer.concat([Buffer.from('ok '), Buffer.from('€').subarray(0, 2)]);
    expect((await refusal(readDocumentFile(file('cut.txt', cut)))).details).toMatchObject({ byte: 3, line: 1 });
    // surrogates encoded in UTF-8 are not UTF-8
    const surrogate = Buffer.from([0x61, 0xed, 0xa0, 0x80]);
    expect((await refusal(readDocumentFile(file('sur.txt', surrogate)))).details).toMatchObject({ byte: 1 });
  });

  it('decodes an HTML page in the legacy encoding it declares, but not a text file', async () => {
    const page = Buffer.from(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Caf\xe9 \x93quoted\x94</p></body></html>',
      'latin1',
    );
    expect((await readDocumentFile(file('legacy.html', page))).text).toBe('Café “quoted”');
    const text = Buffer.from('<meta charset="latin1"> Caf\xe9', 'latin1');
    expect((await refusal(readDocumentFile(file('legacy.txt', text)))).code).toBe('invalid_encoding');
    const lying = Buffer.from('<html><head><meta charset="utf-8"></head><body>Caf\xe9</body></html>', 'latin1');
    expect((await refusal(readDocumentFile(file('lying.html', lying)))).code).toBe('invalid_encoding');
  });

  it('refuses UTF-16 with a hint to convert', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Report text', 'utf16le')]);
    const r = await refusal(readDocumentFile(file('utf16.txt', utf16)));
    expect(r.code).toBe('invalid_encoding');
    expect(r.message).toMatch(/UTF-16/);
  });

  it('refuses unknown file types without reading them', async () => {
    const r = await refusal(readDocumentFile(file('report.pdf', '%PDF-1.7 ...')));
    expect(r.code).toBe('unsupported_type');
    expect(r.message).toContain('.pdf');
    expect((await refusal(readDocumentFile('/nonexistent/file.docx'))).code).toBe('unsupported_type');
  });

  it('refuses missing files, directories and special files as unreadable, without hanging', async () => {
    const dir = tempDir();
    expect(await refusal(readDocumentFile(join(dir, 'missing.txt')))).toMatchObject({
      code: 'unreadable',
      message: 'cannot read: no such file or directory',
    });
    mkdirSync(join(dir, 'folder.txt'));
    expect((await refusal(readDocumentFile(join(dir, 'folder.txt')))).message).toMatch(/is a directory/);
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    // opening a FIFO without a writer would block forever
    expect((await refusal(readDocumentFile(fifo))).message).toMatch(/not a regular file/);
  });

  it('checks bytes the same way whatever their source', () => {
    expect(() => documentFromBytes(new Uint8Array(), { origin: 'x' })).toThrow(/empty/);
    expect(documentFromBytes(Buffer.from('<html><body>Hi</body></html>'), { origin: 'u' }).mediaType).toBe('text/html');
  });
});
