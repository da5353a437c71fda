/**
 * `forewarn extract`: runs the pure extractor over files or standard input
 * and prints contract-v1 JSON (one object for one input, an array for
 * several), JSON lines, or a readable summary. A bad input is reported on
 * stderr with its code and the others go on; the exit status is non-zero only
 * when no input could be processed.
 */
import type { Command } from 'commander';
import { ForewarnError, isForewarnError } from '../errors.js';
import type { Extraction } from '../extract/contract.js';
import { extract } from '../extract/index.js';
import { readDocument } from '../ingest/read.js';
import { formatExtractionText } from './format-text.js';
import { parsePublishedOption } from './options.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;
type Format = (typeof FORMATS)[number];

interface ExtractOptions {
  published?: string;
  id?: string;
  format: string;
  withText?: boolean;
  explain?: boolean;
}

export function registerExtract(program: Command, setStatus: (s: number) => void): void {
  program
    .command('extract')
    .description('extract entities, events, claims and warnings from reports (contract extraction/1)')
    .argument('<files...>', "text (.txt) or HTML (.html) files; '-' reads standard input")
    .option('--published <date>', 'publication date YYYY-MM-DD, against which relative dates are resolved')
    .option('--id <id>', 'document id in the output (one input only; default: the file name)')
    .option('--format <format>', 'json (one object, or an array for several inputs) | jsonl | text', 'json')
    .option('--with-text', 'include the analysed text (the main text of an HTML page) as `text`')
    .option('--explain', 'say why each item was extracted: the rule that produced it and what it matched')
    .addHelpText(
      'after',
      '\nOffsets are UTF-16 code-unit offsets into the analysed text. The JSON follows docs/schema/extraction-v1.schema.json.' +
        '\n\nWith --explain every entity, event, claim, warning and contradiction carries `explanation`:' +
        '\n{ stage, rule, detail } — `rule` is a stable kebab-case name (gazetteer:country, title-person,' +
        '\ntrigger:attack, warning-cue:warn-verb, …), `detail` says what matched (for an event: the trigger word,' +
        '\nhow its date was resolved — explicit, relative to published, relative to dateline, from the dateline —' +
        '\nwhere its place came from, and the words its counts were read from). With --format text each item is' +
        '\nfollowed by an indented "why:" line (rule — detail).',
    )
    .action(async (files: string[], opts: ExtractOptions) => {
      try {
        if (!FORMATS.includes(opts.format as Format)) {
          throw new ForewarnError('bad_request', `--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
        }
        if (opts.id !== undefined && files.length > 1)
          throw new ForewarnError('bad_request', '--id takes one input only');
        if (opts.published !== undefined) parsePublishedOption(opts.published);
      } catch (e) {
        process.stderr.write(`forewarn extract: ${isForewarnError(e) ? e.message : String(e)}\n`);
        setStatus(2);
        return;
      }
      const format = opts.format as Format;
      const results: Extraction[] = [];
      let failed = 0;
      for (const file of files) {
        try {
          const doc = await readDocument(file);
          const result = extract(
            {
              id: opts.id ?? doc.id,
              text: doc.text,
              published: opts.published ?? doc.published,
              title: doc.title,
            },
            { explain: opts.explain === true },
          );
          if (opts.withText) result.text = doc.text;
          if (format === 'jsonl') process.stdout.write(`${JSON.stringify(result)}\n`);
          else if (format === 'text') process.stdout.write(`${formatExtractionText(result, doc.text)}\n`);
          else results.push(result);
        } catch (e) {
          failed++;
          process.stderr.write(`${file}: ${isForewarnError(e) ? `${e.code}: ${e.message}` : String(e)}\n`);
        }
      }
      if (format === 'json' && results.length > 0) {
        process.stdout.write(`${JSON.stringify(files.length === 1 ? results[0] : results, null, 2)}\n`);
      }
      setStatus(failed === files.length ? 1 : 0);
    });
}
