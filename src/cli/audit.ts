/**
 * `forewarn audit verify`: walks the hash chain of the warning audit trail
 * in the database file. Exit status 0 when every row verifies, 1 when one
 * does not (the first broken row is printed: its sequence number, what is
 * wrong, and why), so a cron job or a CI step can alarm on it.
 *
 * Public surface: `registerAudit(program, setStatus)`.
 */
import type { Command } from 'commander';
import { checkFormat, localPrincipal, withWarnings } from './services.js';

export function registerAudit(program: Command, setStatus: (s: number) => void): void {
  const audit = program.command('audit').description('the hash-chained audit trail of the warning workflow');
  audit
    .command('verify')
    .description('verify the audit trail; exit 0 when intact, 1 at the first broken row (printed)')
    .option('--format <format>', 'text | json', 'text')
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .action(async (opts: { format: string; db?: string }) => {
      await withWarnings('audit verify', setStatus, async (open) => {
        checkFormat(opts.format, ['text', 'json']);
        const opened = await open(opts.db);
        const v = await opened.warnings.verifyAuditChain(localPrincipal());
        if (opts.format === 'json') process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
        else if (v.ok) {
          process.stdout.write(`audit trail intact: ${v.rows} rows, head ${v.head.seq} ${v.head.hash}\n`);
        } else {
          const b = v.firstBroken;
          process.stdout.write(`audit trail BROKEN at row ${b.seq}: ${b.problem}: ${b.message} (${v.rows} rows)\n`);
        }
        return v.ok ? 0 : 1;
      });
    });
}
