/**
 * `forewarn user add|list|disable` and `forewarn token create`: accounts and
 * API tokens, managed as local tooling (a system principal named after the
 * OS user, recorded in the audit trail). Whoever can open the database file
 * can manage accounts; that is what makes the first administrator possible.
 *
 * Passwords never come from the command line (shell history, process
 * lists): from a hidden prompt on a terminal, or from stdin with
 * `--password-stdin`. A token is printed once, alone on stdout, so a script
 * can capture it.
 *
 * `forewarn recipient add|list|disable` manages the recipients of warnings
 * that acknowledge deliveries with their own token (the warning workflow's
 * partners; TAXII partners are `forewarn partner`).
 *
 * Public surface: `registerUser(program, setStatus)` (registers `user`,
 * `token` and `recipient`).
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ForewarnError } from '../errors.js';
import { ROLES, type Role } from '../warn/index.js';
import { checkFormat, localPrincipal, withWarnings } from './services.js';

const DB_HELP = 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is the end of the line, not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    process.stderr.write(question);
    // Nothing typed is echoed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    rl.once('SIGINT', () => {
      rl.close();
      reject(new ForewarnError('bad_request', 'cancelled'));
    });
  });
}

async function newPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  if (!process.stdin.isTTY) {
    throw new ForewarnError('bad_request', 'no terminal to ask for the password: pass --password-stdin and pipe it');
  }
  const first = await promptHidden('Password (at least 12 characters): ');
  const again = await promptHidden('Same password again: ');
  if (first !== again) throw new ForewarnError('bad_request', 'the two passwords differ');
  return first;
}

export function registerUser(program: Command, setStatus: (s: number) => void): void {
  const user = program
    .command('user')
    .description('manage accounts (analyst, approver, administrator) as local tooling on the database file');

  user
    .command('add')
    .description('create an account; the password is asked for on a terminal, or read from stdin')
    .argument('<username>', 'lower-case letters, digits and . _ @ - (2-64 characters)')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--display-name <name>', 'full name shown beside the username')
    .option('--password-stdin', 'read the password from stdin (one line) instead of prompting')
    .option('--db <path>', DB_HELP)
    .action(
      async (username: string, opts: { role: string; displayName?: string; passwordStdin?: boolean; db?: string }) => {
        await withWarnings('user add', setStatus, async (open) => {
          if (!ROLES.includes(opts.role as Role)) {
            throw new ForewarnError('bad_request', `--role must be one of ${ROLES.join(', ')}, got "${opts.role}"`);
          }
          const password = await newPassword(opts.passwordStdin === true);
          const opened = await open(opts.db);
          const created = await opened.warnings.createUser(localPrincipal(), {
            username,
            password,
            role: opts.role as Role,
            displayName: opts.displayName ?? null,
          });
          process.stdout.write(`created user ${created.username} (${created.role}) in ${opened.path}\n`);
          return 0;
        });
      },
    );

  user
    .command('list')
    .description('list accounts')
    .option('--format <format>', 'text | json', 'text')
    .option('--db <path>', DB_HELP)
    .action(async (opts: { format: string; db?: string }) => {
      await withWarnings('user list', setStatus, async (open) => {
        checkFormat(opts.format, ['text', 'json']);
        const opened = await open(opts.db);
        const users = await opened.warnings.listUsers(localPrincipal());
        if (opts.format === 'json') process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        else {
          for (const u of users) {
            const name = u.displayName ? ` (${u.displayName})` : '';
            process.stdout.write(
              `${u.username.padEnd(24)} ${u.role.padEnd(14)} ${u.disabled ? 'disabled' : 'active  '} ${u.createdAt}${name}\n`,
            );
          }
          if (users.length === 0)
            process.stdout.write('no accounts yet: forewarn user add NAME --role administrator\n');
        }
        return 0;
      });
    });

  user
    .command('disable')
    .description('disable an account: its tokens and sessions stop working at once')
    .argument('<username>')
    .option('--db <path>', DB_HELP)
    .action(async (username: string, opts: { db?: string }) => {
      await withWarnings('user disable', setStatus, async (open) => {
        const opened = await open(opts.db);
        await opened.warnings.disableUser(localPrincipal(), username);
        process.stdout.write(`disabled user ${username}\n`);
        return 0;
      });
    });

  const token = program.command('token').description('API tokens for scripts and integrations');
  token
    .command('create')
    .description('create an API token for a user; it is printed once, alone on stdout')
    .requiredOption('--user <username>', 'the user the token acts as')
    .requiredOption('--name <name>', 'what the token is for (shown in lists and the audit trail)')
    .option('--expires <date-time>', 'ISO 8601 expiry (default: never)')
    .option('--db <path>', DB_HELP)
    .action(async (opts: { user: string; name: string; expires?: string; db?: string }) => {
      await withWarnings('token create', setStatus, async (open) => {
        const opened = await open(opts.db);
        const { token: secret, view } = await opened.warnings.createToken(localPrincipal(), {
          name: opts.name,
          username: opts.user,
          ...(opts.expires ? { expiresAt: opts.expires } : {}),
        });
        process.stdout.write(`${secret}\n`);
        process.stderr.write(
          `token ${view.id} "${view.name}" for ${opts.user}: shown once, store it now (send as Authorization: Bearer …)\n`,
        );
        return 0;
      });
    });

  const recipient = program
    .command('recipient')
    .description('recipients of warnings who acknowledge deliveries with their own token (not TAXII partners)');
  recipient
    .command('add')
    .description('register a recipient; its token is printed once, alone on stdout')
    .argument('<name>', 'organisation or unit, e.g. "Harbour Police"')
    .option('--contact <text>', 'how to reach them')
    .option('--db <path>', DB_HELP)
    .action(async (name: string, opts: { contact?: string; db?: string }) => {
      await withWarnings('recipient add', setStatus, async (open) => {
        const opened = await open(opts.db);
        const { partner, token: secret } = await opened.warnings.createPartner(localPrincipal(), {
          name,
          contact: opts.contact ?? null,
        });
        process.stdout.write(`${secret}\n`);
        process.stderr.write(
          `recipient ${partner.id} "${partner.name}": token shown once; they acknowledge with ` +
            `POST /api/partners/ack/DELIVERY_ID and Authorization: Bearer <token>\n`,
        );
        return 0;
      });
    });
  recipient
    .command('list')
    .description('list recipients (their ids are what a TAXII delivery names)')
    .option('--format <format>', 'text | json', 'text')
    .option('--db <path>', DB_HELP)
    .action(async (opts: { format: string; db?: string }) => {
      await withWarnings('recipient list', setStatus, async (open) => {
        checkFormat(opts.format, ['text', 'json']);
        const opened = await open(opts.db);
        const partners = await opened.warnings.listPartners(localPrincipal());
        if (opts.format === 'json') process.stdout.write(`${JSON.stringify(partners, null, 2)}\n`);
        else {
          for (const p of partners) {
            process.stdout.write(
              `${p.id}  ${p.disabled ? 'disabled' : 'active  '} ${p.name}${p.contact ? ` (${p.contact})` : ''}\n`,
            );
          }
        }
        return 0;
      });
    });
  recipient
    .command('disable')
    .description('disable a recipient: its token stops working')
    .argument('<id>', 'recipient id (ptn_…)')
    .option('--db <path>', DB_HELP)
    .action(async (id: string, opts: { db?: string }) => {
      await withWarnings('recipient disable', setStatus, async (open) => {
        const opened = await open(opts.db);
        await opened.warnings.disablePartner(localPrincipal(), id);
        process.stdout.write(`disabled recipient ${id}\n`);
        return 0;
      });
    });
}
