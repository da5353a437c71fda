/**
 * Where the shared material (contract, gold sets, STIX schemas) lives when
 * present: beside the checkout, as on developers' machines and in CI, never on
 * a user's. Tests that need it run whenever it is there and say so when not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..', '..');
export const sharedDir = resolve(projectRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'contract', 'extraction-v1.schema.json'));

export function announceSharedAbsence(what: string): void {
  if (!hasShared) console.log(`../shared is absent: ${what} not checked on this machine (it is in CI)`);
}

export interface GoldDocument {
  id: string;
  file: string;
  published: string | null;
  text: string;
}

/** The texts of one shared gold set (e.g. 'dev', 'polnear-dev'); empty without ../shared. */
export function goldTexts(set: string): GoldDocument[] {
  const dir = join(sharedDir, 'eval', set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; file: string; published?: string };
      return {
        id: gold.id,
        file: gold.file,
        published: gold.published ?? null,
        text: readFileSync(join(dir, gold.file), 'utf8'),
      };
    });
}
