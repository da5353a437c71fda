import type { Command } from 'commander';
import { isForewarnError } from '../errors.js';
import { extract } from '../extract/index.js';
import { readDocument } from '../ingest/read.js';

export function registerExtract(program: Command, setStatus: (s: number) => void): void {
  program
    .command('extract')
    .description('extract entities, events, claims and warnings from reports (contract extraction/1)')
    .argument('<files...>', "text or HTML files; '-' reads standard input")
    .option('--published <date>', 'publication date, YYYY-MM-DD')
    .option('--id <id>', 'document id (one file only)')
    .option('--format <format>', 'json | jsonl | text', 'json')
    .option('--with-text', 'include the analysed text')
    .action(async (files: string[], opts: { published?: string; id?: string; format: string; withText?: boolean }) => {
      let failed = 0;
      for (const file of files) {
        try {
          const doc = await readDocument(file);
          const result = extract({
            id: opts.id ?? doc.id,
            text: doc.text,
            published: opts.published ?? doc.published,
            title: doc.title,
          });
          if (opts.withText) result.text = doc.text;
          process.stdout.write(`${JSON.stringify(result, null, opts.format === 'json' ? 2 : 0)}\n`);
        } catch (e) {
          failed++;
          process.stderr.write(`${file}: ${isForewarnError(e) ? `${e.code}: ${e.message}` : String(e)}\n`);
        }
      }
      setStatus(failed === files.length ? 1 : 0);
    });
}
