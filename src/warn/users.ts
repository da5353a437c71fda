/**
 * Accounts and credentials for the warning workflow: roles and what each may
 * do, password hashing, API tokens and session ids. Pure functions over
 * node:crypto; the service (service.ts) stores what they produce.
 *
 * Public surface: `ROLES`, `Role`, `Permission`, `can(role, permission)`,
 * `requirePermission(role, permission)` (fails `forbidden_role`),
 * `hashPassword`, `verifyPassword`, `checkPasswordStrength` (fails
 * `weak_password`), `newSecret(prefix)`, `hashSecret`, `checkUsername`.
 *
 * Passwords: scrypt (memory-hard) with a random 16-byte salt; the cost
 * parameters are stored with the hash so they can be raised later without
 * invalidating old hashes; comparison is constant-time. Tokens and session
 * ids are 32 random bytes; only their sha-256 is stored, so a copy of the
 * database does not yield working credentials.
 */
import { createHash, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { ForewarnError } from '../errors.js';

export const ROLES = ['analyst', 'approver', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'warning.read'
  | 'warning.write'
  | 'warning.decide'
  | 'user.manage'
  | 'partner.manage'
  | 'audit.read';

// Administrators manage accounts but do not take part in warnings: the people
// who can grant roles should not also be able to decide.
const PERMISSIONS: Record<Role, readonly Permission[]> = {
  analyst: ['warning.read', 'warning.write'],
  approver: ['warning.read', 'warning.write', 'warning.decide', 'audit.read'],
  administrator: ['user.manage', 'partner.manage', 'audit.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role]?.includes(permission) ?? false;
}

export function requirePermission(role: Role, permission: Permission): void {
  if (!can(role, permission)) {
    throw new ForewarnError('forbidden_role', `the ${role} role may not ${permission.replace('.', ': ')}`, {
      role,
      permission,
    });
  }
}

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 bytes = 32 MiB per hash: slow for a GPU farm, ~100 ms for a login. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash` (salt and hash base64url). */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `stored`; false for a mismatch or an unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  const key = await derive(password, salt, { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash with no known password: spent on unknown usernames so their timing matches a real check. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'), params);
  return dummyHash;
}

export const MIN_PASSWORD_LENGTH = 12;

export function checkPasswordStrength(password: unknown): string {
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD_LENGTH) {
    throw new ForewarnError('weak_password', `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > 1024) throw new ForewarnError('weak_password', 'a password may have at most 1024 characters');
  return password;
}

export function checkUsername(username: unknown): string {
  if (typeof username !== 'string' || !/^[a-z0-9][a-z0-9._@-]{1,63}$/.test(username)) {
    throw new ForewarnError(
      'bad_request',
      'a username is 2–64 characters: lower-case letters, digits, and . _ @ - (not first)',
    );
  }
  return username;
}

/** A random credential: `prefix_` + 32 random bytes, base64url. The prefix tells a leaked secret's kind. */
export function newSecret(prefix: 'fwt' | 'fws' | 'fwp' | 'fwa'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
