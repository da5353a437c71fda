/**
 * Reading one input into a `SourceDocument`: plain text (.txt, .text, .md)
 * as is, HTML (.html, .htm) reduced to its main text. Bad input is refused
 * with a typed error, never a crash or a hang: too large (checked with stat
 * before reading), empty, binary, not UTF-8, unknown type, unreadable, or
 * HTML with no readable text.
 *
 * Public surface: `readDocumentFile(path, options?)`, `readDocument(pathOr-,
 * options?)` (also reads stdin for '-'), `readDocumentStream(stream, options)`,
 * `documentFromBytes(bytes, options)`, `isSupportedFile(path)`,
 * `readFileBytes(path, maxBytes)`, `readUtf8File(path, options)` (JSON, e.g.
 * STIX bundles, which src/ingest/ingest.ts routes to the STIX import),
 * `isJsonFile(path)`, `DEFAULT_MAX_INPUT_BYTES`, and the `SourceDocument` type.
 *
 * Input must be UTF-8, except HTML that declares a legacy charset in a
 * <meta> tag (e.g. windows-1252), which is decoded as declared.
 *
 * The returned text is what extraction offsets refer to: line endings are
 * normalised to \n and a byte-order mark is dropped; nothing else changes.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ForewarnError } from '../errors.js';
import { htmlToDocument } from './html.js';

export interface SourceDocument {
  /** stable id: the file name without extension unless given */
  id: string;
  /** the text that extraction offsets refer to */
  text: string;
  title: string | null;
  published: string | null;
  /** publishing outlet, when known */
  outlet: string | null;
  /** where it came from (path or URL) */
  origin: string;
  mediaType: 'text/plain' | 'text/html';
}

export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** refuse inputs larger than this many bytes (default 20 MB) */
  maxBytes?: number;
}

type Kind = 'text' | 'html' | 'sniff';

const KIND_BY_EXTENSION: Record<string, Kind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  // files without an extension are looked at: HTML if they start like HTML
  '': 'sniff',
};

/** Whether `path` has an extension the reader understands (used to skip other files in directories). */
export function isSupportedFile(path: string): boolean {
  return extname(path).toLowerCase() in KIND_BY_EXTENSION;
}

const SNIFF_WINDOW = 8 * 1024;
/** Share of control bytes in the first 8 KB above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;

function fsError(e: unknown, path: string): ForewarnError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOENT'
        ? 'no such file or directory'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'ELOOP'
            ? 'too many symbolic links'
            : ((e as Error)?.message ?? String(e));
  return new ForewarnError('unreadable', `cannot read: ${reason}`, { path, ...(code ? { errno: code } : {}) });
}

function tooLarge(size: number, maxBytes: number, origin: string): ForewarnError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new ForewarnError('input_too_large', `input is ${mb(size)}, over the ${mb(maxBytes)} limit`, {
    path: origin,
    size,
    maxBytes,
  });
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. Only run after a fatal decode failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function checkNotBinary(bytes: Uint8Array, origin: string): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ForewarnError('invalid_encoding', 'input is UTF-16; convert it to UTF-8', { path: origin });
  }
  const window = bytes.subarray(0, SNIFF_WINDOW);
  let control = 0;
  for (let i = 0; i < window.length; i++) {
    const b = window[i] as number;
    if (b === 0) {
      throw new ForewarnError(
        'binary_input',
        `input looks binary (NUL byte at offset ${i}); give a text or HTML file`,
        {
          path: origin,
        },
      );
    }
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  if (window.length > 0 && control / window.length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * control) / window.length);
    throw new ForewarnError('binary_input', `input looks binary (${percent}% control characters in the first 8 KB)`, {
      path: origin,
    });
  }
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * A non-UTF-8 encoding an HTML page declares in its first 1 KB (e.g. a page
 * saved as windows-1252), when the platform can decode it; null otherwise,
 * so everything else must be valid UTF-8.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const label = CHARSET.exec(head)?.[1];
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding === 'utf-8' || encoding.startsWith('utf-16') ? null : encoding;
  } catch {
    return null;
  }
}

/** windows-1252 at 0x80–0x9F (0 where undefined); Node 20 decodes that label as ISO-8859-1. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : c;
  });
}

function decodeUtf8(bytes: Uint8Array, origin: string): string {
  try {
    // fatal: a wrongly encoded report must be refused, not silently garbled
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` at byte ${at} (line ${lineAt(bytes, at)})` : '';
    throw new ForewarnError('invalid_encoding', `input is not valid UTF-8${where}; convert it to UTF-8`, {
      path: origin,
      ...(at >= 0 ? { byte: at, line: lineAt(bytes, at) } : {}),
    });
  }
}

const LOOKS_LIKE_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

export interface FromBytesOptions {
  /** path, URL or 'stdin' */
  origin: string;
  /** document id; defaults to the origin's base name without extension */
  id?: string;
  /** 'sniff' decides between text and HTML from the first bytes */
  kind?: Kind;
}

/** Turns raw bytes into a document, refusing empty, binary, non-UTF-8 input and HTML without text. */
export function documentFromBytes(bytes: Uint8Array, options: FromBytesOptions): SourceDocument {
  const origin = options.origin;
  const id = options.id ?? basename(origin, extname(origin));
  if (bytes.length === 0) throw new ForewarnError('empty_input', 'input is empty', { path: origin });
  checkNotBinary(bytes, origin);
  const charset = options.kind === 'text' ? null : declaredCharset(bytes);
  const raw = charset ? decodeLegacy(bytes, charset) : decodeUtf8(bytes, origin);
  const decoded = raw.replace(/\r\n?/g, '\n');
  let kind = options.kind ?? 'sniff';
  if (kind === 'sniff') kind = LOOKS_LIKE_HTML.test(decoded.slice(0, 4096)) ? 'html' : 'text';
  if (kind === 'html') {
    const html = htmlToDocument(decoded);
    if (html.text.trim() === '') {
      throw new ForewarnError(
        'empty_input',
        'HTML has no readable text once scripts, styles, navigation and other page furniture are removed',
        { path: origin },
      );
    }
    return { id, origin, mediaType: 'text/html', ...html };
  }
  if (decoded.trim() === '') {
    throw new ForewarnError('empty_input', 'input contains only whitespace', { path: origin });
  }
  return { id, text: decoded, title: null, published: null, outlet: null, origin, mediaType: 'text/plain' };
}

/**
 * The bytes of a regular file, refused before reading when it is over the
 * limit or empty, and when it grows past the limit while read. Errors:
 * unreadable, input_too_large, empty_input.
 */
export async function readFileBytes(path: string, maxBytes: number = DEFAULT_MAX_INPUT_BYTES): Promise<Buffer> {
  const info = await stat(path).catch((e: unknown) => {
    throw fsError(e, path);
  });
  if (info.isDirectory()) throw new ForewarnError('unreadable', 'cannot read: is a directory', { path });
  // FIFOs, sockets and devices could block forever or never end
  if (!info.isFile()) throw new ForewarnError('unreadable', 'cannot read: not a regular file', { path });
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, path);
  if (info.size === 0) throw new ForewarnError('empty_input', 'file is empty', { path });

  const handle = await open(path, 'r').catch((e: unknown) => {
    throw fsError(e, path);
  });
  let bytes: Buffer;
  try {
    // Read at most one byte past the limit: a file growing after stat is still refused.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    bytes = buffer.subarray(0, filled);
  } catch (e) {
    throw fsError(e, path);
  } finally {
    await handle.close();
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, path);
  return bytes;
}

/** Reads a text or HTML file. Size is checked before a byte is read. */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const ext = extname(path).toLowerCase();
  const kind = KIND_BY_EXTENSION[ext];
  if (kind === undefined) {
    throw new ForewarnError(
      'unsupported_type',
      `unsupported file type "${ext}" (expected .txt, .text, .md, .html or .htm, or a .json STIX 2.1 bundle)`,
      { path },
    );
  }
  const bytes = await readFileBytes(path, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
  return documentFromBytes(bytes, { origin: path, kind });
}

/**
 * A UTF-8 text file read whole (a JSON file, e.g. a STIX bundle), with the
 * same refusals as a report: unreadable, too large, empty, binary, not UTF-8.
 * A byte-order mark is dropped.
 */
export async function readUtf8File(path: string, options: ReadOptions = {}): Promise<string> {
  const bytes = await readFileBytes(path, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
  checkNotBinary(bytes, path);
  return decodeUtf8(bytes, path).replace(/^\uFEFF/, '');
}

/** Whether a path names a JSON file (read by ingest as a STIX 2.1 bundle). */
export function isJsonFile(path: string): boolean {
  return extname(path).toLowerCase() === '.json';
}

/** Reads a whole stream (e.g. stdin) as one document, refusing it as soon as it passes the size limit. */
export async function readDocumentStream(
  stream: NodeJS.ReadableStream & AsyncIterable<Buffer | string>,
  options: ReadOptions & FromBytesOptions,
): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(size, maxBytes, options.origin);
    chunks.push(bytes);
  }
  return documentFromBytes(Buffer.concat(chunks), { kind: 'sniff', ...options });
}

/** Reads a file, or standard input when `path` is '-'. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  if (path === '-') return readDocumentStream(process.stdin, { ...options, origin: 'stdin', id: 'stdin' });
  return readDocumentFile(path, options);
}
