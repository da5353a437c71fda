// Types of scripts/given-names.mjs, for the test that checks the written list against it.
export const LOCALES: readonly string[];
export function givenNamesFromFaker(): string[];
export function givenNamesModule(names: readonly string[]): string;
