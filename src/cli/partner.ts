/**
 * TAXII partners and collections in the local database:
 *
 *   forewarn partner add NAME --org ORG      (prints the new credentials once)
 *   forewarn partner grant NAME --collection ID [--read] [--write] [--none]
 *   forewarn partner list
 *   forewarn partner revoke NAME
 *   forewarn partner link NAME --recipient ID --collection ID
 *     (a warning recipient's taxii deliveries go into that collection, for that partner)
 *   forewarn collection add TITLE [--id UUID] [--description TEXT]
 *   forewarn collection list
 *
 * These are TAXII partners (src/share/taxii/store.ts), with an organisation
 * for TLP; the duty-to-warn recipients are managed by the warning workflow
 * (`forewarn recipient`), and `partner link` joins one to the other.
 *
 * Public surface: `registerPartner(program, setStatus)`.
 */
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { ForewarnError } from '../errors.js';
import { openShareStore, type ShareStore } from '../share/taxii/store.js';
import { cliAction } from './export.js';
import { resolveDatabasePath } from './options.js';

const DB_HELP = 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)';

async function withShare<T>(db: string | undefined, work: (share: ShareStore) => Promise<T>): Promise<T> {
  const share = await openShareStore({ path: resolveDatabasePath(db) });
  try {
    return await work(share);
  } finally {
    await share.close();
  }
}

/** A recipient of the warning workflow (warn_partners), by id or name, read straight from its table. Errors: not_found. */
function warningRecipient(path: string, idOrName: string): { id: string; name: string } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'warn_partners'").get();
    const row = exists
      ? (db.prepare('SELECT id, name FROM warn_partners WHERE id = ? OR name = ?').get(idOrName, idOrName) as
          | { id: string; name: string }
          | undefined)
      : undefined;
    if (!row) throw new ForewarnError('not_found', `no warning recipient ${idOrName} (forewarn recipient list)`);
    return row;
  } finally {
    db.close();
  }
}

const print = (json: boolean, value: unknown, text: string) =>
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);

export function registerPartner(program: Command, setStatus: (s: number) => void): void {
  const partner = program.command('partner').description('TAXII partners: credentials and rights on collections');

  partner
    .command('add')
    .description('register a partner; prints its credentials once')
    .argument('<name>', 'partner name (the HTTP Basic user name)')
    .requiredOption('--org <organisation>', 'the partner organisation (TLP AMBER and AMBER+STRICT are decided on it)')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print JSON')
    .action(
      cliAction('partner add', setStatus, async (name: string, opts: { org: string; db?: string; json?: boolean }) => {
        const { partner: p, token } = await withShare(opts.db, (s) => s.addPartner({ name, organisation: opts.org }));
        print(
          opts.json === true,
          { name: p.name, organisation: p.organisation, id: p.id, token },
          `partner ${p.name} (${p.organisation}) added\n  user:  ${p.name}\n  token: ${token}\n` +
            'The token is shown this once; only its hash is kept. Give both to the partner over a safe channel.',
        );
      }),
    );

  partner
    .command('grant')
    .description("set a partner's rights on a collection")
    .argument('<name>', 'partner name')
    .requiredOption('--collection <id>', 'collection id')
    .option('--read', 'may read')
    .option('--write', 'may write')
    .option('--none', 'may neither read nor write')
    .option('--db <path>', DB_HELP)
    .action(
      cliAction(
        'partner grant',
        setStatus,
        async (
          name: string,
          opts: { collection: string; read?: boolean; write?: boolean; none?: boolean; db?: string },
        ) => {
          if (!opts.read && !opts.write && !opts.none)
            throw new ForewarnError('bad_request', 'say --read, --write (or both), or --none');
          const rights = opts.none ? { read: false, write: false } : { read: !!opts.read, write: !!opts.write };
          const g = await withShare(opts.db, (s) => s.grant(name, opts.collection, rights));
          process.stdout.write(
            `${name} on ${g.collection}: ${g.canRead ? 'read' : 'no read'}, ${g.canWrite ? 'write' : 'no write'}\n`,
          );
        },
      ),
    );

  partner
    .command('list')
    .description('list partners and their rights')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print JSON')
    .action(
      cliAction('partner list', setStatus, async (opts: { db?: string; json?: boolean }) => {
        const list = await withShare(opts.db, (s) => s.listPartners());
        const lines = list.map(
          (p) =>
            `${p.name}\t${p.organisation}\t${p.disabled ? 'revoked' : 'active'}\t` +
            (p.grants.map((g) => `${g.collection}:${g.canRead ? 'r' : ''}${g.canWrite ? 'w' : ''}`).join(' ') || '-'),
        );
        print(opts.json === true, list, lines.length ? lines.join('\n') : 'no partners');
      }),
    );

  partner
    .command('revoke')
    .description('revoke a partner: its token stops working at once')
    .argument('<name>', 'partner name')
    .option('--db <path>', DB_HELP)
    .action(
      cliAction('partner revoke', setStatus, async (name: string, opts: { db?: string }) => {
        await withShare(opts.db, (s) => s.revokePartner(name));
        process.stdout.write(`partner ${name} revoked\n`);
      }),
    );

  partner
    .command('link')
    .description(
      "link a warning recipient to this partner: the workflow's taxii deliveries to the recipient are then " +
        'published into the collection, for this partner (RED) or its organisation (AMBER)',
    )
    .argument('<name>', 'partner name')
    .requiredOption('--recipient <id-or-name>', 'the warning recipient (forewarn recipient list)')
    .requiredOption('--collection <id>', 'the collection its deliveries go to (the partner needs read rights there)')
    .option('--db <path>', DB_HELP)
    .action(
      cliAction(
        'partner link',
        setStatus,
        async (name: string, opts: { recipient: string; collection: string; db?: string }) => {
          const path = resolveDatabasePath(opts.db);
          const recipient = warningRecipient(path, opts.recipient);
          const link = await withShare(opts.db, async (s) => {
            const l = await s.linkRecipient(recipient.id, name, opts.collection);
            const rights = await s.grantOf(l.partner.id, opts.collection);
            return { ...l, canRead: rights.canRead };
          });
          process.stdout.write(
            `warning recipient ${recipient.name} (${recipient.id}) linked to partner ${name}: its taxii deliveries ` +
              `go into collection ${opts.collection}\n` +
              (link.canRead
                ? ''
                : `note: ${name} may not read ${opts.collection} yet (forewarn partner grant ${name} --collection ${opts.collection} --read)\n`),
          );
        },
      ),
    );

  const collection = program.command('collection').description('TAXII collections');
  collection
    .command('add')
    .description('create a collection')
    .argument('<title>', 'title')
    .option('--id <uuid>', 'its id (default: a new UUID)')
    .option('--description <text>', 'description')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print JSON')
    .action(
      cliAction(
        'collection add',
        setStatus,
        async (title: string, opts: { id?: string; description?: string; db?: string; json?: boolean }) => {
          const c = await withShare(opts.db, (s) =>
            s.addCollection({
              title,
              ...(opts.id ? { id: opts.id } : {}),
              ...(opts.description ? { description: opts.description } : {}),
            }),
          );
          print(opts.json === true, c, `collection ${c.id} "${c.title}" added`);
        },
      ),
    );
  collection
    .command('list')
    .description('list collections')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print JSON')
    .action(
      cliAction('collection list', setStatus, async (opts: { db?: string; json?: boolean }) => {
        const list = await withShare(opts.db, (s) => s.listCollections());
        print(
          opts.json === true,
          list,
          list.length ? list.map((c) => `${c.id}\t${c.title}`).join('\n') : 'no collections',
        );
      }),
    );
}
