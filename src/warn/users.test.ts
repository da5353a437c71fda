import { describe, expect, it } from 'vitest';
import {
  can,
  checkPasswordStrength,
  checkUsername,
  hashPassword,
  hashSecret,
  newSecret,
  requirePermission,
  verifyPassword,
} from './users.js';

const FAST = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('hashes with scrypt, a random salt and the parameters stored alongside', async () => {
    const a = await hashPassword('correct horse battery', FAST);
    const b = await hashPassword('correct horse battery', FAST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  });

  it('verifies with the parameters stored in the hash, not the current defaults', async () => {
    const h = await hashPassword('correct horse battery', { N: 2048, r: 4, p: 2 });
    expect(await verifyPassword('correct horse battery', h)).toBe(true);
  });

  it('rejects malformed or tampered hashes instead of throwing', async () => {
    const h = await hashPassword('correct horse battery', FAST);
    expect(await verifyPassword('correct horse battery', 'plain')).toBe(false);
    expect(await verifyPassword('correct horse battery', h.replace('scrypt$1024', 'scrypt$-1'))).toBe(false);
    expect(await verifyPassword('correct horse battery', `${h.slice(0, -4)}AAAA`)).toBe(false);
  });

  it('refuses short passwords with weak_password', () => {
    expect(() => checkPasswordStrength('short')).toThrow(expect.objectContaining({ code: 'weak_password' }));
    expect(checkPasswordStrength('twelve chars')).toBe('twelve chars');
  });
});

describe('secrets', () => {
  it('are random, prefixed, and stored only as sha-256', () => {
    const a = newSecret('fwt');
    expect(a).toMatch(/^fwt_[\w-]{43}$/);
    expect(newSecret('fwt')).not.toBe(a);
    expect(hashSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(a)).toBe(hashSecret(a));
  });
});

describe('roles', () => {
  it('lets approvers decide, not analysts or administrators', () => {
    expect(can('approver', 'warning.decide')).toBe(true);
    expect(can('analyst', 'warning.decide')).toBe(false);
    expect(can('administrator', 'warning.decide')).toBe(false);
    expect(can('administrator', 'user.manage')).toBe(true);
    expect(can('approver', 'user.manage')).toBe(false);
    expect(() => requirePermission('analyst', 'warning.decide')).toThrow(
      expect.objectContaining({ code: 'forbidden_role' }),
    );
  });

  it('accepts plain lower-case usernames only', () => {
    expect(checkUsername('ana.k')).toBe('ana.k');
    expect(() => checkUsername('Ana')).toThrow();
    expect(() => checkUsername('a b')).toThrow();
    expect(() => checkUsername('-x')).toThrow();
  });
});
