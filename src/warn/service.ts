/**
 * The warning service: users, credentials, partners, warnings and their
 * lifecycle, deliveries, acknowledgements and the audit trail, over the
 * tables of store.ts. Every write runs in one immediate transaction together
 * with its audit row; every read of a RED warning is audited too. The HTTP
 * API and the CLI are thin shells over this class.
 *
 * Who acts: a `Principal` obtained from `authenticatePassword`,
 * `authenticateToken` or `authenticateSession` (a signed-in user), or
 * `systemPrincipal(name)` for trusted local tooling (the CLI, ingest), which
 * may manage users and partners, propose drafts, read warnings and the audit trail but
 * never assess, decide or deliver. The user behind a principal is re-read in
 * every call, so disabling a user or changing a role takes effect at once.
 *
 * Public surface: `WarningService` (methods documented below),
 * `systemPrincipal`, types `Principal`, `UserView`, `PartnerView`,
 * `DeliveryInput`, `DeliveryTransport`, `WarningServiceOptions`,
 * `AckCredentials`, `WarningQuery`.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ForewarnError } from '../errors.js';
import type { Warning as ExtractedWarning, Extraction } from '../extract/contract.js';
import type { Page } from '../store/port.js';
import {
  type AuditEntry,
  type AuditRow,
  type AuditVerification,
  appendAudit,
  type Change,
  diffValues,
  rowFromDb,
  verifyAuditChain,
} from './audit.js';
import { ackAlert, type CapAlert, capToXml, toCapAlert } from './cap.js';
import { immediateTransaction, storageError } from './db.js';
import {
  type Delivery,
  type DeliveryChannel,
  type DraftInput,
  type DraftPatch,
  normaliseDraft,
  WARNING_STATES,
  type WarningRecord,
  type WarningState,
} from './model.js';
import type { WarnSchema } from './store.js';
import {
  checkPasswordStrength,
  checkUsername,
  DEFAULT_SCRYPT,
  dummyPasswordHash,
  hashPassword,
  hashSecret,
  newSecret,
  type Permission,
  ROLES,
  type Role,
  requirePermission,
  type ScryptParams,
  verifyPassword,
} from './users.js';
import { type Command, draftFromExtractedWarning, transition } from './workflow.js';

export type Principal = { kind: 'user'; id: string; username: string; role: Role } | { kind: 'system'; name: string };

/** Trusted local tooling (whoever can open the database file anyway), named for the audit trail. */
export function systemPrincipal(name: string): Principal {
  return { kind: 'system', name };
}

// Reading is granted because whoever runs local tooling holds the file anyway;
// RED reads are still audited under the system name.
const SYSTEM_PERMISSIONS: readonly Permission[] = ['user.manage', 'partner.manage', 'audit.read', 'warning.read'];

export interface UserView {
  id: string;
  username: string;
  displayName: string | null;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export interface PartnerView {
  id: string;
  name: string;
  contact: string | null;
  disabled: boolean;
  createdAt: string;
}

export interface TokenView {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export type DeliveryInput =
  | { channel: 'taxii'; partnerId: string; notes?: string | null }
  | { channel: 'webhook'; url: string; notes?: string | null }
  | { channel: 'email'; to: string[]; notes?: string | null }
  | { channel: 'manual'; notes: string };

export interface OutgoingDelivery {
  id: string;
  channel: Exclude<DeliveryChannel, 'manual'>;
  /** partner id, URL, or comma-separated addresses */
  target: string;
  warning: WarningRecord;
  /** the CAP 1.2 XML */
  xml: string;
  /** the one-time acknowledgement token for the recipient's link */
  ackToken: string;
}

/**
 * Sends a delivery (TAXII push, webhook POST, SMTP). Optional: without one,
 * deliveries are recorded only and an operator sends them. A throw is
 * recorded in the audit trail and reported as `delivery_failed`.
 */
export interface DeliveryTransport {
  send(delivery: OutgoingDelivery): Promise<void>;
}

export interface WarningServiceOptions {
  /** CAP sender of the warnings (no spaces or commas); default 'forewarn@localhost' */
  sender?: string;
  now?: () => Date;
  transport?: DeliveryTransport;
  /** session lifetime; default 8 hours */
  sessionTtlMs?: number;
  /** scrypt cost for new password hashes; tests lower it */
  scrypt?: ScryptParams;
  /** called by close(): set by openWarningService to close the file it opened */
  onClose?: () => Promise<void>;
  /**
   * Runs each write transaction in a queue shared with another writer of the
   * same file in this process (the main store's), so neither waits for the
   * other's lock with the event loop blocked.
   */
  serialiseWrites?: <T>(work: () => Promise<T>) => Promise<T>;
}

export type AckCredentials =
  | { partnerToken: string; deliveryId: string; note?: string | null }
  | { ackToken: string; note?: string | null };

export interface WarningQuery {
  state?: WarningState;
  limit?: number;
  offset?: number;
}

type Db = Kysely<WarnSchema>;
type UserRow = WarnSchema['warn_users'];
type DeliveryRow = WarnSchema['warn_deliveries'];

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

function pageOf(q: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const check = (name: string, v: number | undefined, fallback: number): number => {
    if (v === undefined) return fallback;
    if (!Number.isInteger(v) || v < 0) throw new ForewarnError('bad_request', `${name} must be a non-negative integer`);
    return v;
  };
  return { limit: Math.min(check('limit', q.limit, DEFAULT_LIMIT), MAX_LIMIT), offset: check('offset', q.offset, 0) };
}

const userView = (r: UserRow): UserView => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  disabled: r.disabled === 1,
  createdAt: r.created_at,
});

const deliveryView = (r: DeliveryRow): Delivery => ({
  id: r.id,
  warning: r.warning_id,
  channel: r.channel as DeliveryChannel,
  target: r.target,
  message: r.message,
  notes: r.notes,
  deliveredBy: r.delivered_by,
  deliveredAt: r.delivered_at,
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by,
  ackMessage: r.ack_message,
});

const invalidCredentials = (): ForewarnError =>
  new ForewarnError('invalid_credentials', 'unknown user or wrong password, token or session');

function notFound(what: string, id: string): ForewarnError {
  return new ForewarnError('not_found', `no ${what} ${id}`, { [what]: id });
}

/** The acting identity as resolved inside a transaction. */
interface Acting {
  label: string;
  user: { id: string; role: Role } | null;
  permissions: (p: Permission) => void;
}

export class WarningService {
  readonly #db: Db;
  readonly #sender: string;
  readonly #now: () => Date;
  readonly #transport: DeliveryTransport | undefined;
  readonly #sessionTtlMs: number;
  readonly #scrypt: ScryptParams;
  readonly #onClose: (() => Promise<void>) | undefined;
  readonly #serialise: <T>(work: () => Promise<T>) => Promise<T>;
  #closed = false;

  constructor(db: Db, options: WarningServiceOptions = {}) {
    this.#db = db;
    this.#sender = options.sender ?? 'forewarn@localhost';
    if (!/^[^\s,<&]+$/.test(this.#sender)) {
      throw new ForewarnError('bad_request', 'the CAP sender must not contain spaces, commas, < or &');
    }
    this.#now = options.now ?? (() => new Date());
    this.#transport = options.transport;
    this.#sessionTtlMs = options.sessionTtlMs ?? 8 * 3600_000;
    this.#scrypt = options.scrypt ?? DEFAULT_SCRYPT;
    this.#onClose = options.onClose;
    this.#serialise = options.serialiseWrites ?? ((work) => work());
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#onClose?.();
  }

  // ── plumbing ──────────────────────────────────────────────────────────

  /** One immediate transaction; `audit` rows it is handed are appended inside it. */
  async #write<T>(
    doing: string,
    fn: (trx: Db, now: string, audit: (e: AuditEntry) => Promise<AuditRow>) => Promise<T>,
    at?: string,
  ): Promise<T> {
    this.#assertOpen();
    const now = at ?? this.#now().toISOString();
    try {
      return await this.#serialise(() =>
        this.#db.connection().execute(async (conn) => {
          // IMMEDIATE takes the write lock first, so the audit head read below
          // cannot be extended by another process before this commit.
          return immediateTransaction(conn, () => fn(conn, now, (e) => appendAudit(conn, e, now)));
        }),
      );
    } catch (e) {
      throw storageError(e, doing);
    }
  }

  async #read<T>(doing: string, fn: (db: Db) => Promise<T>): Promise<T> {
    this.#assertOpen();
    try {
      return await fn(this.#db);
    } catch (e) {
      throw storageError(e, doing);
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new ForewarnError('storage_failure', 'the warning service is closed');
  }

  /** Re-reads the user behind a principal: a disabled user or changed role counts from the next call. */
  async #acting(db: Db, p: Principal): Promise<Acting> {
    if (p?.kind === 'system') {
      return {
        label: `system:${p.name}`,
        user: null,
        permissions: (perm) => {
          if (!SYSTEM_PERMISSIONS.includes(perm)) {
            throw new ForewarnError('forbidden_role', `local tooling may not ${perm}; a signed-in user must`, {
              permission: perm,
            });
          }
        },
      };
    }
    if (p?.kind !== 'user') throw invalidCredentials();
    const row = await db.selectFrom('warn_users').selectAll().where('id', '=', p.id).executeTakeFirst();
    if (!row) throw invalidCredentials();
    if (row.disabled === 1) throw new ForewarnError('user_disabled', `user ${row.username} is disabled`);
    const role = row.role as Role;
    return {
      label: `user:${row.id}`,
      user: { id: row.id, role },
      permissions: (perm) => requirePermission(role, perm),
    };
  }

  async #warningRow(db: Db, id: string): Promise<WarningRecord> {
    const row = await db.selectFrom('warn_warnings').select('data').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('warning', id);
    return JSON.parse(row.data) as WarningRecord;
  }

  async #saveWarning(db: Db, r: WarningRecord, insert: boolean): Promise<void> {
    const values = {
      state: r.state,
      tlp: r.tlp,
      updated_at: r.updatedAt,
      version: r.version,
      data: JSON.stringify(r),
    };
    if (insert) {
      await db
        .insertInto('warn_warnings')
        .values({
          id: r.identifier,
          origin: r.origin,
          source_document: r.source?.document ?? null,
          source_warning: r.source?.warning ?? null,
          created_by: r.createdBy,
          created_at: r.createdAt,
          ...values,
        })
        .execute();
    } else {
      // The version guard turns a lost update into an error instead of silence.
      const res = await db
        .updateTable('warn_warnings')
        .set(values)
        .where('id', '=', r.identifier)
        .where('version', '=', r.version - 1)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) {
        throw new ForewarnError('invalid_transition', `warning ${r.identifier} changed meanwhile; try again`);
      }
    }
  }

  async #auditRead(audit: (e: AuditEntry) => Promise<AuditRow>, actor: string, r: WarningRecord, how: string) {
    if (r.tlp !== 'RED') return;
    await audit({
      actor,
      action: 'warning.read',
      subjectType: 'warning',
      subjectId: r.identifier,
      changes: { read: { before: null, after: how } },
    });
  }

  // ── users ─────────────────────────────────────────────────────────────

  /** Creates a local account. Needs `user.manage`. Errors: user_exists, weak_password, bad_request, forbidden_role. */
  async createUser(
    by: Principal,
    input: { username: string; password: string; role: Role; displayName?: string | null },
  ): Promise<UserView> {
    const username = checkUsername(input.username);
    const password = checkPasswordStrength(input.password);
    if (!ROLES.includes(input.role)) throw new ForewarnError('bad_request', `role must be one of ${ROLES.join(', ')}`);
    const hash = await hashPassword(password, this.#scrypt);
    return this.#write('createUser', async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      actor.permissions('user.manage');
      const existing = await trx
        .selectFrom('warn_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst();
      if (existing) throw new ForewarnError('user_exists', `user ${username} already exists`, { username });
      const row: UserRow = {
        id: `usr_${randomUUID()}`,
        username,
        display_name: input.displayName?.trim() || null,
        role: input.role,
        password_hash: hash,
        disabled: 0,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('warn_users').values(row).execute();
      const view = userView(row);
      await audit({
        actor: actor.label,
        action: 'user.create',
        subjectType: 'user',
        subjectId: row.id,
        changes: diffValues(null, view),
      });
      return view;
    });
  }

  async listUsers(by: Principal): Promise<UserView[]> {
    return this.#read('listUsers', async (db) => {
      (await this.#acting(db, by)).permissions('user.manage');
      const rows = await db.selectFrom('warn_users').selectAll().orderBy('username').execute();
      return rows.map(userView);
    });
  }

  async #updateUser(
    by: Principal,
    username: string,
    action: string,
    change: (row: UserRow, actor: Acting) => Promise<Partial<UserRow>> | Partial<UserRow>,
  ): Promise<UserView> {
    return this.#write(action, async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      const row = await trx.selectFrom('warn_users').selectAll().where('username', '=', username).executeTakeFirst();
      if (!row) throw notFound('user', username);
      const set = await change(row, actor);
      const after = { ...row, ...set, updated_at: now };
      await trx
        .updateTable('warn_users')
        .set({ ...set, updated_at: now })
        .where('id', '=', row.id)
        .execute();
      const changes = diffValues(userView(row), userView(after));
      if (set.password_hash) changes.password = { before: '(set)', after: '(changed)' };
      await audit({ actor: actor.label, action, subjectType: 'user', subjectId: row.id, changes });
      return userView(after);
    });
  }

  /** Disables an account (its tokens and sessions stop working at once). Needs `user.manage`. */
  async disableUser(by: Principal, username: string): Promise<UserView> {
    return this.#updateUser(by, username, 'user.disable', (_row, actor) => {
      actor.permissions('user.manage');
      return { disabled: 1 };
    });
  }

  async enableUser(by: Principal, username: string): Promise<UserView> {
    return this.#updateUser(by, username, 'user.enable', (_row, actor) => {
      actor.permissions('user.manage');
      return { disabled: 0 };
    });
  }

  async setRole(by: Principal, username: string, role: Role): Promise<UserView> {
    if (!ROLES.includes(role)) throw new ForewarnError('bad_request', `role must be one of ${ROLES.join(', ')}`);
    return this.#updateUser(by, username, 'user.role', (_row, actor) => {
      actor.permissions('user.manage');
      return { role };
    });
  }

  /** A user changes their own password (or `user.manage` changes anyone's). */
  async setPassword(by: Principal, username: string, password: string): Promise<UserView> {
    const hash = await hashPassword(checkPasswordStrength(password), this.#scrypt);
    return this.#updateUser(by, username, 'user.password', (row, actor) => {
      if (actor.user?.id !== row.id) actor.permissions('user.manage');
      return { password_hash: hash };
    });
  }

  // ── authentication ────────────────────────────────────────────────────

  /** Checks a password. Errors: invalid_credentials (unknown user or wrong password), user_disabled. */
  async authenticatePassword(username: string, password: string): Promise<Principal> {
    const row = await this.#read('authenticate', (db) =>
      db.selectFrom('warn_users').selectAll().where('username', '=', String(username)).executeTakeFirst(),
    );
    // An unknown name costs the same scrypt as a known one: timing tells nothing.
    const ok = await verifyPassword(String(password), row?.password_hash ?? (await dummyPasswordHash(this.#scrypt)));
    if (!row || !ok) throw invalidCredentials();
    // Only after the password matched, so probing does not reveal which accounts are disabled.
    if (row.disabled === 1) throw new ForewarnError('user_disabled', `user ${row.username} is disabled`);
    return { kind: 'user', id: row.id, username: row.username, role: row.role as Role };
  }

  /** Signs in: a new session id (shown once) valid for the session lifetime. */
  async login(username: string, password: string): Promise<{ sessionId: string; expiresAt: string; user: Principal }> {
    const user = await this.authenticatePassword(username, password);
    const secret = newSecret('fws');
    return this.#write('login', async (trx, now, audit) => {
      const actor = await this.#acting(trx, user);
      const id = `ses_${randomUUID()}`;
      const expiresAt = new Date(Date.parse(now) + this.#sessionTtlMs).toISOString();
      await trx
        .insertInto('warn_sessions')
        .values({ id, hash: hashSecret(secret), user_id: actor.user!.id, created_at: now, expires_at: expiresAt })
        .execute();
      await audit({
        actor: actor.label,
        action: 'session.create',
        subjectType: 'session',
        subjectId: id,
        changes: diffValues(null, { expiresAt }),
      });
      return { sessionId: secret, expiresAt, user };
    });
  }

  /** Errors: invalid_credentials (unknown or ended session), session_expired, user_disabled. */
  async authenticateSession(sessionId: string): Promise<Principal> {
    const row = await this.#read('authenticateSession', (db) =>
      db
        .selectFrom('warn_sessions')
        .innerJoin('warn_users', 'warn_users.id', 'warn_sessions.user_id')
        .select([
          'warn_sessions.expires_at',
          'warn_users.id',
          'warn_users.username',
          'warn_users.role',
          'warn_users.disabled',
        ])
        .where('warn_sessions.hash', '=', hashSecret(String(sessionId)))
        .executeTakeFirst(),
    );
    if (!row) throw invalidCredentials();
    if (Date.parse(row.expires_at) <= this.#now().getTime()) {
      throw new ForewarnError('session_expired', 'the session has expired; sign in again');
    }
    if (row.disabled === 1) throw new ForewarnError('user_disabled', `user ${row.username} is disabled`);
    return { kind: 'user', id: row.id, username: row.username, role: row.role as Role };
  }

  async logout(sessionId: string): Promise<void> {
    await this.#write('logout', async (trx, _now, audit) => {
      const row = await trx
        .selectFrom('warn_sessions')
        .select(['id', 'user_id'])
        .where('hash', '=', hashSecret(String(sessionId)))
        .executeTakeFirst();
      if (!row) return;
      await trx.deleteFrom('warn_sessions').where('id', '=', row.id).execute();
      await audit({
        actor: `user:${row.user_id}`,
        action: 'session.end',
        subjectType: 'session',
        subjectId: row.id,
        changes: {},
      });
    });
  }

  /** An API token for scripts, returned once. For oneself, or for `username` with `user.manage`. */
  async createToken(
    by: Principal,
    input: { name: string; username?: string; expiresAt?: string | null },
  ): Promise<{ token: string; view: TokenView }> {
    const secret = newSecret('fwt');
    const name = String(input.name ?? '').trim();
    if (!name) throw new ForewarnError('bad_request', 'a token needs a name');
    if (input.expiresAt && Number.isNaN(Date.parse(input.expiresAt))) {
      throw new ForewarnError('bad_request', 'expiresAt must be an ISO date-time');
    }
    return this.#write('createToken', async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      let userId = actor.user?.id ?? null;
      if (input.username !== undefined) {
        const target = await trx
          .selectFrom('warn_users')
          .select('id')
          .where('username', '=', input.username)
          .executeTakeFirst();
        if (!target) throw notFound('user', input.username);
        if (target.id !== userId) actor.permissions('user.manage');
        userId = target.id;
      }
      if (!userId) throw new ForewarnError('bad_request', 'name the user the token is for');
      const view: TokenView = {
        id: `tok_${randomUUID()}`,
        userId,
        name,
        createdAt: now,
        expiresAt: input.expiresAt ?? null,
        revokedAt: null,
      };
      await trx
        .insertInto('warn_tokens')
        .values({
          id: view.id,
          user_id: userId,
          name,
          hash: hashSecret(secret),
          created_at: now,
          expires_at: view.expiresAt,
          revoked_at: null,
        })
        .execute();
      await audit({
        actor: actor.label,
        action: 'token.create',
        subjectType: 'token',
        subjectId: view.id,
        changes: diffValues(null, view),
      });
      return { token: secret, view };
    });
  }

  async listTokens(by: Principal, username?: string): Promise<TokenView[]> {
    return this.#read('listTokens', async (db) => {
      const actor = await this.#acting(db, by);
      let q = db.selectFrom('warn_tokens').innerJoin('warn_users', 'warn_users.id', 'warn_tokens.user_id');
      if (username === undefined && actor.user) {
        q = q.where('warn_users.id', '=', actor.user.id);
      } else {
        if (username !== undefined) q = q.where('warn_users.username', '=', username);
        const own = actor.user !== null && by.kind === 'user' && by.username === username;
        if (!own) actor.permissions('user.manage');
      }
      const rows = await q.selectAll('warn_tokens').orderBy('warn_tokens.created_at').execute();
      return rows.map((r) => ({
        id: r.id,
        userId: r.user_id,
        name: r.name,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        revokedAt: r.revoked_at,
      }));
    });
  }

  async revokeToken(by: Principal, tokenId: string): Promise<void> {
    await this.#write('revokeToken', async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      const row = await trx.selectFrom('warn_tokens').selectAll().where('id', '=', tokenId).executeTakeFirst();
      if (!row) throw notFound('token', tokenId);
      if (row.user_id !== actor.user?.id) actor.permissions('user.manage');
      if (row.revoked_at) return;
      await trx.updateTable('warn_tokens').set({ revoked_at: now }).where('id', '=', tokenId).execute();
      await audit({
        actor: actor.label,
        action: 'token.revoke',
        subjectType: 'token',
        subjectId: tokenId,
        changes: { revokedAt: { before: null, after: now } },
      });
    });
  }

  /** Errors: invalid_credentials (unknown, revoked or expired token), user_disabled. */
  async authenticateToken(token: string): Promise<Principal> {
    const row = await this.#read('authenticateToken', (db) =>
      db
        .selectFrom('warn_tokens')
        .innerJoin('warn_users', 'warn_users.id', 'warn_tokens.user_id')
        .select([
          'warn_tokens.revoked_at',
          'warn_tokens.expires_at',
          'warn_users.id',
          'warn_users.username',
          'warn_users.role',
          'warn_users.disabled',
        ])
        .where('warn_tokens.hash', '=', hashSecret(String(token)))
        .executeTakeFirst(),
    );
    if (!row || row.revoked_at) throw invalidCredentials();
    if (row.expires_at && Date.parse(row.expires_at) <= this.#now().getTime()) throw invalidCredentials();
    if (row.disabled === 1) throw new ForewarnError('user_disabled', `user ${row.username} is disabled`);
    return { kind: 'user', id: row.id, username: row.username, role: row.role as Role };
  }

  // ── partners (recipients that acknowledge with their own credentials) ──

  /** Registers a partner; its token (returned once) authenticates its acknowledgements. Needs `partner.manage`. */
  async createPartner(
    by: Principal,
    input: { name: string; contact?: string | null },
  ): Promise<{ partner: PartnerView; token: string }> {
    const name = String(input.name ?? '').trim();
    if (!name || name.length > 200)
      throw new ForewarnError('bad_request', 'a partner needs a name (up to 200 characters)');
    const secret = newSecret('fwp');
    return this.#write('createPartner', async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      actor.permissions('partner.manage');
      const existing = await trx.selectFrom('warn_partners').select('id').where('name', '=', name).executeTakeFirst();
      if (existing) throw new ForewarnError('partner_exists', `partner ${name} already exists`, { name });
      const partner: PartnerView = {
        id: `ptn_${randomUUID()}`,
        name,
        contact: input.contact?.trim() || null,
        disabled: false,
        createdAt: now,
      };
      await trx
        .insertInto('warn_partners')
        .values({
          id: partner.id,
          name,
          contact: partner.contact,
          token_hash: hashSecret(secret),
          disabled: 0,
          created_at: now,
        })
        .execute();
      await audit({
        actor: actor.label,
        action: 'partner.create',
        subjectType: 'partner',
        subjectId: partner.id,
        changes: diffValues(null, partner),
      });
      return { partner, token: secret };
    });
  }

  async listPartners(by: Principal): Promise<PartnerView[]> {
    return this.#read('listPartners', async (db) => {
      const actor = await this.#acting(db, by);
      // Analysts pick the partner to deliver to, so reading the list is part of warning work.
      if (actor.user) {
        try {
          actor.permissions('partner.manage');
        } catch {
          actor.permissions('warning.write');
        }
      }
      const rows = await db.selectFrom('warn_partners').selectAll().orderBy('name').execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        contact: r.contact,
        disabled: r.disabled === 1,
        createdAt: r.created_at,
      }));
    });
  }

  async disablePartner(by: Principal, partnerId: string): Promise<void> {
    await this.#write('disablePartner', async (trx, _now, audit) => {
      const actor = await this.#acting(trx, by);
      actor.permissions('partner.manage');
      const row = await trx
        .selectFrom('warn_partners')
        .select('disabled')
        .where('id', '=', partnerId)
        .executeTakeFirst();
      if (!row) throw notFound('partner', partnerId);
      await trx.updateTable('warn_partners').set({ disabled: 1 }).where('id', '=', partnerId).execute();
      await audit({
        actor: actor.label,
        action: 'partner.disable',
        subjectType: 'partner',
        subjectId: partnerId,
        changes: { disabled: { before: row.disabled === 1, after: true } },
      });
    });
  }

  /** Errors: invalid_credentials, user_disabled (a disabled partner). */
  async authenticatePartner(token: string): Promise<PartnerView> {
    const row = await this.#read('authenticatePartner', (db) =>
      db
        .selectFrom('warn_partners')
        .selectAll()
        .where('token_hash', '=', hashSecret(String(token)))
        .executeTakeFirst(),
    );
    if (!row) throw invalidCredentials();
    if (row.disabled === 1) throw new ForewarnError('user_disabled', `partner ${row.name} is disabled`);
    return { id: row.id, name: row.name, contact: row.contact, disabled: false, createdAt: row.created_at };
  }

  // ── warnings ──────────────────────────────────────────────────────────

  /** A new draft by the acting user. Needs `warning.write`. Errors: invalid_warning (details.field). */
  async createDraft(by: Principal, input: DraftInput): Promise<WarningRecord> {
    return this.#write('createDraft', async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      actor.permissions('warning.write');
      const record = normaliseDraft(input, {
        identifier: `forewarn-${randomUUID()}`,
        sender: this.#sender,
        createdBy: actor.label,
        now,
      });
      await this.#saveWarning(trx, record, true);
      await audit({
        actor: actor.label,
        action: 'warning.create',
        subjectType: 'warning',
        subjectId: record.identifier,
        changes: diffValues(null, record),
      });
      return record;
    });
  }

  /**
   * Proposes one draft per warning of an extraction (origin 'extracted',
   * linked to the document). A warning already proposed from the same
   * document is skipped, so re-running is harmless. Users need
   * `warning.write`; local tooling (ingest) may propose too.
   */
  async proposeFromExtraction(
    by: Principal,
    extraction: Extraction,
    documentId: string = extraction.document.id,
  ): Promise<{ created: WarningRecord[]; skipped: string[] }> {
    return this.#write('proposeFromExtraction', async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      if (actor.user) actor.permissions('warning.write');
      const created: WarningRecord[] = [];
      const skipped: string[] = [];
      for (const w of extraction.warnings ?? []) {
        const r = await this.#propose(trx, now, audit, actor, extraction, documentId, w);
        if (r.created) created.push(r.record);
        else skipped.push(w.id);
      }
      return { created, skipped };
    });
  }

  /**
   * Proposes the draft for one extracted warning of a document, or returns
   * the draft already proposed from it (`created: false`): an analyst
   * clicking twice gets one draft. Needs `warning.write`. Errors: not_found
   * (no such warning in the extraction).
   */
  async proposeExtractedWarning(
    by: Principal,
    extraction: Extraction,
    documentId: string,
    warningId: string,
  ): Promise<{ record: WarningRecord; created: boolean }> {
    return this.#write('proposeExtractedWarning', async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      if (actor.user) actor.permissions('warning.write');
      const w = (extraction.warnings ?? []).find((x) => x.id === warningId);
      if (!w) throw notFound('extracted warning', `${documentId}/${warningId}`);
      return this.#propose(trx, now, audit, actor, extraction, documentId, w);
    });
  }

  async #propose(
    trx: Db,
    now: string,
    audit: (e: AuditEntry) => Promise<AuditRow>,
    actor: Acting,
    extraction: Extraction,
    documentId: string,
    w: ExtractedWarning,
  ): Promise<{ record: WarningRecord; created: boolean }> {
    const exists = await trx
      .selectFrom('warn_warnings')
      .select('id')
      .where('source_document', '=', documentId)
      .where('source_warning', '=', w.id)
      .executeTakeFirst();
    if (exists) return { record: await this.#warningRow(trx, exists.id), created: false };
    const record = normaliseDraft(draftFromExtractedWarning(w, documentId, extraction.entities), {
      identifier: `forewarn-${randomUUID()}`,
      sender: this.#sender,
      createdBy: actor.label,
      now,
      origin: 'extracted',
      source: { document: documentId, warning: w.id },
    });
    await this.#saveWarning(trx, record, true);
    await audit({
      actor: actor.label,
      action: 'warning.propose',
      subjectType: 'warning',
      subjectId: record.identifier,
      changes: diffValues(null, record),
    });
    return { record, created: true };
  }

  /** One warning. Needs `warning.read`. A RED warning's read is audited. Errors: not_found. */
  async getWarning(by: Principal, id: string): Promise<WarningRecord> {
    const record = await this.#read('getWarning', async (db) => {
      (await this.#acting(db, by)).permissions('warning.read');
      return this.#warningRow(db, id);
    });
    if (record.tlp !== 'RED') return record;
    return this.#write('getWarning', async (trx, _now, audit) => {
      const actor = await this.#acting(trx, by);
      const fresh = await this.#warningRow(trx, id);
      await this.#auditRead(audit, actor.label, fresh, 'get');
      return fresh;
    });
  }

  /** Warnings, most recently changed first. Needs `warning.read`; RED warnings returned are audited as read. */
  async listWarnings(by: Principal, query: WarningQuery = {}): Promise<Page<WarningRecord>> {
    const { limit, offset } = pageOf(query);
    if (query.state !== undefined && !WARNING_STATES.includes(query.state)) {
      throw new ForewarnError('bad_request', `state must be one of ${WARNING_STATES.join(', ')}`);
    }
    const page = await this.#read('listWarnings', async (db) => {
      (await this.#acting(db, by)).permissions('warning.read');
      let q = db.selectFrom('warn_warnings');
      if (query.state) q = q.where('state', '=', query.state);
      const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
      const rows = await q
        .select('data')
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute();
      return { items: rows.map((r) => JSON.parse(r.data) as WarningRecord), total };
    });
    // Only a page with RED warnings on it takes the write lock, to record who read them.
    await this.#auditReads(by, page.items, 'list');
    return page;
  }

  async #auditReads(by: Principal, records: WarningRecord[], how: string): Promise<void> {
    if (!records.some((r) => r.tlp === 'RED')) return;
    await this.#write('auditRead', async (trx, _now, audit) => {
      const actor = await this.#acting(trx, by);
      for (const r of records) await this.#auditRead(audit, actor.label, r, how);
    });
  }

  /** Applies a command inside an open transaction: state machine, save, audit row. */
  async #apply(
    trx: Db,
    now: string,
    audit: (e: AuditEntry) => Promise<AuditRow>,
    actor: Acting,
    id: string,
    action: string,
    command: (record: WarningRecord) => Promise<Command> | Command,
  ): Promise<WarningRecord> {
    const before = await this.#warningRow(trx, id);
    // Local tooling has no user to act as; this refuses it with forbidden_role.
    if (!actor.user) actor.permissions('warning.write');
    const after = transition(
      before,
      await command(before),
      { kind: 'user', id: actor.label, role: actor.user!.role },
      now,
    );
    await this.#saveWarning(trx, after, false);
    await audit({
      actor: actor.label,
      action,
      subjectType: 'warning',
      subjectId: id,
      changes: diffValues(before, after),
    });
    return after;
  }

  async #command(
    by: Principal,
    id: string,
    action: string,
    command: (trx: Db, record: WarningRecord) => Promise<Command> | Command,
  ): Promise<WarningRecord> {
    return this.#write(action, async (trx, now, audit) => {
      const actor = await this.#acting(trx, by);
      return this.#apply(trx, now, audit, actor, id, action, (r) => command(trx, r));
    });
  }

  /** Edits a draft. Errors: invalid_transition (not a draft), invalid_warning, forbidden_role. */
  async updateDraft(by: Principal, id: string, patch: DraftPatch): Promise<WarningRecord> {
    return this.#command(by, id, 'warning.edit', () => ({ type: 'edit', patch }));
  }

  /** Records the grading (Admiralty code, CAP urgency/severity/certainty, specificity). */
  async assess(
    by: Principal,
    id: string,
    grading: Omit<Extract<Command, { type: 'assess' }>, 'type'>,
  ): Promise<WarningRecord> {
    return this.#command(by, id, 'warning.assess', () => ({ type: 'assess', ...grading }));
  }

  /**
   * Warn, or waive with a reason and a written justification. Needs
   * `warning.decide` (approvers). Errors: self_approval,
   * waiver_justification_required, forbidden_role, invalid_transition.
   */
  async decide(
    by: Principal,
    id: string,
    decision:
      | { decision: 'warn'; note?: string | null }
      | { decision: 'waive'; reason: Extract<Command, { decision: 'waive' }>['reason']; justification?: string | null },
  ): Promise<WarningRecord> {
    return this.#command(by, id, 'warning.decide', () => ({ type: 'decide', ...decision }) as Command);
  }

  /**
   * Records a delivery of a decided warning (and sends it through the
   * transport, when one is configured). Returns the delivery and its one-time
   * acknowledgement token (shown once: put it in the recipient's link).
   * Errors: invalid_transition (not decided to warn), bad_request (channel
   * details), not_found (partner), delivery_failed.
   */
  async deliver(
    by: Principal,
    id: string,
    input: DeliveryInput,
  ): Promise<{ warning: WarningRecord; delivery: Delivery; ackToken: string }> {
    // One instant for the whole delivery, so the XML sent and the XML recorded carry the same CAP `sent`.
    const at = this.#nowIso();
    const { target, partnerId, notes } = await this.#read('deliver', async (db) => {
      const t = await this.#deliveryTarget(db, input);
      // Refuse before anything leaves: the state machine decides on a copy.
      const actor = await this.#acting(db, by);
      if (!actor.user) actor.permissions('warning.write');
      transition(
        await this.#warningRow(db, id),
        { type: 'deliver' },
        { kind: 'user', id: actor.label, role: actor.user!.role },
        at,
      );
      return t;
    });
    const deliveryId = `dlv_${randomUUID()}`;
    const ackToken = newSecret('fwa');
    let sentXml: string | null = null;
    if (this.#transport && input.channel !== 'manual') {
      const warning = await this.#read('deliver', (db) => this.#warningRow(db, id));
      const sent = { ...warning, sent: warning.state === 'decided' ? at : warning.sent };
      sentXml = capToXml(toCapAlert(sent));
      try {
        await this.#transport.send({
          id: deliveryId,
          channel: input.channel,
          target: target!,
          warning: sent,
          xml: sentXml,
          ackToken,
        });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        await this.#write('deliver', async (trx, _now, audit) => {
          const actor = await this.#acting(trx, by);
          await audit({
            actor: actor.label,
            action: 'warning.delivery_failed',
            subjectType: 'warning',
            subjectId: id,
            changes: {
              delivery: { before: null, after: { id: deliveryId, channel: input.channel, target, error: message } },
            },
          });
        });
        throw new ForewarnError('delivery_failed', `delivery by ${input.channel} failed: ${message}`, {
          channel: input.channel,
        });
      }
    }
    // The state change, the delivery row and their audit rows commit together.
    return this.#write(
      'deliver',
      async (trx, now, audit) => {
        const actor = await this.#acting(trx, by);
        const warning = await this.#apply(trx, now, audit, actor, id, 'warning.deliver', () => ({ type: 'deliver' }));
        const row: DeliveryRow = {
          id: deliveryId,
          warning_id: id,
          channel: input.channel,
          target,
          partner_id: partnerId,
          // What left, byte for byte, when a transport sent it.
          message: sentXml ?? capToXml(toCapAlert(warning)),
          notes,
          delivered_by: actor.label,
          delivered_at: now,
          ack_token_hash: hashSecret(ackToken),
          ack_token_used_at: null,
          acknowledged_at: null,
          acknowledged_by: null,
          ack_message: null,
        };
        await trx.insertInto('warn_deliveries').values(row).execute();
        const delivery = deliveryView(row);
        const { message: _message, ...summary } = delivery;
        await audit({
          actor: actor.label,
          action: 'delivery.create',
          subjectType: 'delivery',
          subjectId: deliveryId,
          changes: diffValues(null, summary),
        });
        return { warning, delivery, ackToken };
      },
      at,
    );
  }

  #nowIso(): string {
    return this.#now().toISOString();
  }

  async #deliveryTarget(
    db: Db,
    input: DeliveryInput,
  ): Promise<{ target: string | null; partnerId: string | null; notes: string | null }> {
    const notes = typeof input?.notes === 'string' && input.notes.trim() ? input.notes.trim() : null;
    switch (input?.channel) {
      case 'taxii': {
        const p = await db
          .selectFrom('warn_partners')
          .select(['id', 'disabled'])
          .where('id', '=', String(input.partnerId))
          .executeTakeFirst();
        if (!p) throw notFound('partner', String(input.partnerId));
        if (p.disabled === 1) throw new ForewarnError('bad_request', `partner ${p.id} is disabled`);
        return { target: p.id, partnerId: p.id, notes };
      }
      case 'webhook': {
        let url: URL;
        try {
          url = new URL(String(input.url));
        } catch {
          throw new ForewarnError('bad_request', 'webhook needs an absolute http(s) URL');
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
          throw new ForewarnError('bad_request', 'webhook needs an absolute http(s) URL');
        }
        return { target: url.href, partnerId: null, notes };
      }
      case 'email': {
        const to = Array.isArray(input.to) ? input.to.map((a) => String(a).trim()) : [];
        if (to.length === 0 || !to.every((a) => /^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/.test(a))) {
          throw new ForewarnError('bad_request', 'email needs one or more valid addresses');
        }
        return { target: to.join(', '), partnerId: null, notes };
      }
      case 'manual':
        if (!notes) throw new ForewarnError('bad_request', 'a manual delivery needs notes: who was told, how, when');
        return { target: null, partnerId: null, notes };
      default:
        throw new ForewarnError('bad_request', 'channel must be taxii, webhook, email or manual');
    }
  }

  async listDeliveries(by: Principal, warningId: string): Promise<Delivery[]> {
    return this.#read('listDeliveries', async (db) => {
      (await this.#acting(db, by)).permissions('warning.read');
      const record = await this.#warningRow(db, warningId);
      const rows = await db
        .selectFrom('warn_deliveries')
        .selectAll()
        .where('warning_id', '=', warningId)
        .orderBy('delivered_at')
        .execute();
      return { record, deliveries: rows.map(deliveryView) };
    }).then(async ({ record, deliveries }) => {
      // The deliveries hold the warning's full text.
      await this.#auditReads(by, [record], 'deliveries');
      return deliveries;
    });
  }

  /**
   * What a one-time acknowledgement link is for, without using it: the page a
   * recipient opens from the link shows this and a button. Reading is
   * side-effect free because mail scanners and previews fetch links. Null
   * when the token matches no delivery.
   */
  async ackLinkInfo(ackToken: string): Promise<{
    headline: string;
    sender: string;
    sent: string;
    acknowledgedAt: string | null;
  } | null> {
    return this.#read('ackLinkInfo', async (db) => {
      const row = await db
        .selectFrom('warn_deliveries')
        .select(['warning_id', 'acknowledged_at'])
        .where('ack_token_hash', '=', hashSecret(String(ackToken)))
        .executeTakeFirst();
      if (!row) return null;
      const w = await this.#warningRow(db, row.warning_id);
      return {
        headline: w.info.headline ?? w.info.event,
        sender: w.sender,
        sent: w.sent,
        acknowledgedAt: row.acknowledged_at ?? null,
      };
    });
  }

  /**
   * A recipient acknowledges a delivery, with its partner token (the delivery
   * must be to that partner) or with the one-time link token of the
   * delivery. Records a CAP Ack referencing the warning. Errors:
   * invalid_credentials (partner token), ack_wrong_partner,
   * ack_token_invalid, ack_token_used, invalid_transition (already
   * acknowledged), not_found (delivery).
   */
  async acknowledge(credentials: AckCredentials): Promise<{ delivery: Delivery; ack: CapAlert; xml: string }> {
    const note = typeof credentials?.note === 'string' ? credentials.note.trim() : '';
    if (note.length > 2000)
      throw new ForewarnError('bad_request', 'an acknowledgement note has at most 2000 characters');
    const partner = 'partnerToken' in credentials ? await this.authenticatePartner(credentials.partnerToken) : null;
    return this.#write('acknowledge', async (trx, now, audit) => {
      let row: DeliveryRow | undefined;
      let actor: string;
      if (partner) {
        const deliveryId = (credentials as { deliveryId: string }).deliveryId;
        row = await trx
          .selectFrom('warn_deliveries')
          .selectAll()
          .where('id', '=', String(deliveryId))
          .executeTakeFirst();
        if (!row) throw notFound('delivery', String(deliveryId));
        if (row.partner_id !== partner.id) {
          throw new ForewarnError('ack_wrong_partner', 'this delivery was not made to your organisation', {
            delivery: row.id,
          });
        }
        if (row.acknowledged_at) {
          throw new ForewarnError('invalid_transition', `delivery ${row.id} is already acknowledged`);
        }
        actor = `partner:${partner.id}`;
      } else {
        const token = String((credentials as { ackToken: string }).ackToken ?? '');
        row = await trx
          .selectFrom('warn_deliveries')
          .selectAll()
          .where('ack_token_hash', '=', hashSecret(token))
          .executeTakeFirst();
        if (!row) throw new ForewarnError('ack_token_invalid', 'this acknowledgement link is not valid');
        if (row.ack_token_used_at) {
          throw new ForewarnError('ack_token_used', 'this acknowledgement link has already been used');
        }
        actor = `link:${row.id}`;
      }
      const before = await this.#warningRow(trx, row.warning_id);
      const after = transition(before, { type: 'acknowledge' }, { kind: 'recipient', id: actor }, now);
      const ack = ackAlert({
        identifier: `forewarn-ack-${randomUUID()}`,
        sender: partner ? `partner-${partner.id}` : `recipient-${row.id}`,
        sent: now,
        original: before,
        note: note || null,
      });
      const xml = capToXml(ack);
      await trx
        .updateTable('warn_deliveries')
        .set({ ack_token_used_at: now, acknowledged_at: now, acknowledged_by: actor, ack_message: xml })
        .where('id', '=', row.id)
        .execute();
      await this.#saveWarning(trx, after, false);
      await audit({
        actor,
        action: 'warning.acknowledge',
        subjectType: 'warning',
        subjectId: before.identifier,
        changes: {
          ...diffValues(before, after),
          ack: { before: null, after: { delivery: row.id, identifier: ack.identifier, references: ack.references } },
        },
      });
      const delivery = deliveryView({
        ...row,
        ack_token_used_at: now,
        acknowledged_at: now,
        acknowledged_by: actor,
        ack_message: xml,
      });
      return { delivery, ack, xml };
    });
  }

  /** Closes a warning: linked to a later incident (lead time computed) or with none. */
  async recordOutcome(
    by: Principal,
    id: string,
    outcome: Extract<Command, { type: 'close' }>['outcome'],
  ): Promise<WarningRecord> {
    return this.#command(by, id, 'warning.outcome', async (trx) => {
      const first = await trx
        .selectFrom('warn_deliveries')
        .select('delivered_at')
        .where('warning_id', '=', id)
        .orderBy('delivered_at')
        .limit(1)
        .executeTakeFirst();
      return { type: 'close', outcome, firstDeliveredAt: first?.delivered_at ?? null };
    });
  }

  /** The warning as CAP 1.2 XML, or as the same alert in JSON. Reading a RED warning is audited. */
  async exportCap(by: Principal, id: string, format?: 'xml'): Promise<string>;
  async exportCap(by: Principal, id: string, format: 'json'): Promise<CapAlert>;
  async exportCap(by: Principal, id: string, format: 'xml' | 'json' = 'xml'): Promise<string | CapAlert> {
    const record = await this.getWarning(by, id);
    const alert = toCapAlert(record);
    return format === 'xml' ? capToXml(alert) : alert;
  }

  // ── audit ─────────────────────────────────────────────────────────────

  /** The audit rows about one warning (and its deliveries), oldest first. Needs `warning.read` or `audit.read`. */
  async history(by: Principal, warningId: string): Promise<AuditRow[]> {
    return this.#read('history', async (db) => {
      const actor = await this.#acting(db, by);
      try {
        actor.permissions('audit.read');
      } catch {
        actor.permissions('warning.read');
      }
      const deliveries = await db
        .selectFrom('warn_deliveries')
        .select('id')
        .where('warning_id', '=', warningId)
        .execute();
      const ids = [warningId, ...deliveries.map((d) => d.id)];
      const rows = await db
        .selectFrom('warn_audit')
        .selectAll()
        .where('subject_id', 'in', ids)
        .orderBy('seq')
        .execute();
      const record = await db.selectFrom('warn_warnings').select('data').where('id', '=', warningId).executeTakeFirst();
      return { rows: rows.map(rowFromDb), record: record ? (JSON.parse(record.data) as WarningRecord) : null };
    }).then(async ({ rows, record }) => {
      // The history's diffs hold the warning's full text.
      if (record) await this.#auditReads(by, [record], 'history');
      return rows;
    });
  }

  /** The audit trail page by page, oldest first. Needs `audit.read`. */
  async listAudit(
    by: Principal,
    query: { limit?: number; offset?: number; subjectId?: string } = {},
  ): Promise<Page<AuditRow>> {
    const { limit, offset } = pageOf(query);
    return this.#read('listAudit', async (db) => {
      (await this.#acting(db, by)).permissions('audit.read');
      let q = db.selectFrom('warn_audit');
      if (query.subjectId) q = q.where('subject_id', '=', query.subjectId);
      const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
      const rows = await q.selectAll().orderBy('seq').limit(limit).offset(offset).execute();
      return { items: rows.map(rowFromDb), total };
    });
  }

  /** Walks the whole chain; `{ok: false, firstBroken}` names the first row that does not verify. Needs `audit.read`. */
  async verifyAuditChain(by: Principal): Promise<AuditVerification> {
    return this.#read('verifyAuditChain', async (db) => {
      (await this.#acting(db, by)).permissions('audit.read');
      return verifyAuditChain(db);
    });
  }
}

export type { Change };
