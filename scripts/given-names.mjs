#!/usr/bin/env node
// Writes src/extract/entities/data/given-names.ts: the first names of the
// @faker-js/faker locales (a dev dependency; its name lists are real names
// collected per language, MIT licence), lower case, in Latin script, with the
// accent-free twin of every accented name ("josé" and "jose": wire text drops
// accents). The entity stage reads the written list, not faker: loading the
// locales takes about half a second, reading the list a few milliseconds.
// Which of these names may count as a person's first name is decided at run
// time (entities/given-names.ts), against our lexicon and gazetteers.
//
//   npm run data:given-names
//
// The test beside entities/given-names.ts runs `givenNamesFromFaker` and
// fails when the written list is no longer what the installed faker gives.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The locales read: the languages of the names that conflict and political
 * reporting in English carries most (the Americas, Europe, the Middle East,
 * Africa, South and South-East Asia). Locales in another script would add
 * nothing (only Latin-script names are kept) and are not listed.
 */
export const LOCALES = [
  'en',
  'en_GB',
  'en_IN',
  'en_NG',
  'en_GH',
  'en_ZA',
  'es',
  'es_MX',
  'pt_BR',
  'pt_PT',
  'fr',
  'fr_BE',
  'fr_SN',
  'it',
  'de',
  'nl',
  'pl',
  'ro',
  'tr',
  'az',
  'id_ID',
  'yo_NG',
  'hr',
  'cs_CZ',
  'sk',
  'hu',
  'sv',
  'da',
  'fi',
];

const LATIN_NAME = /^\p{Script=Latin}+(?:['-]\p{Script=Latin}+)?$/u;

/** The sorted list the data file holds, from the installed faker. */
export function givenNamesFromFaker() {
  const require = createRequire(import.meta.url);
  const names = new Set();
  for (const locale of LOCALES) {
    const first = require(`@faker-js/faker/locale/${locale}`).faker.rawDefinitions.person?.first_name;
    for (const name of namesOf(first)) {
      const lower = name.toLowerCase();
      if (!LATIN_NAME.test(lower)) continue;
      names.add(lower);
      const plain = lower.normalize('NFKD').replace(/\p{M}/gu, '');
      if (plain !== lower) names.add(plain);
    }
  }
  return [...names].sort();
}

/** faker gives either a list or lists by gender ("generic", "female", "male"). */
function namesOf(first) {
  if (Array.isArray(first)) return first.filter((n) => typeof n === 'string');
  if (!first || typeof first !== 'object') return [];
  return Object.values(first).flatMap((list) => namesOf(list));
}

/** The data module's text for `names`, lines of at most about 120 characters. */
export function givenNamesModule(names) {
  const { version } = createRequire(import.meta.url)('@faker-js/faker/package.json');
  const lines = [];
  let line = '';
  for (const name of names) {
    if (line && line.length + name.length + 1 > 118) {
      lines.push(line);
      line = name;
    } else line = line ? `${line} ${name}` : name;
  }
  if (line) lines.push(line);
  return `/**
 * First names of many languages, lower case, Latin script: the person first-name lists of the
 * @faker-js/faker ${version} locales (MIT licence, Copyright (c) 2022-2025 Faker)
 * ${LOCALES.join(', ')},
 * with the accent-free twin of each accented name. Written by \`npm run data:given-names\`
 * (scripts/given-names.mjs); do not edit. Which of them may open a person's name is decided in
 * entities/given-names.ts.
 */
export const LISTED_GIVEN_NAMES: ReadonlySet<string> = new Set(
  \`${lines.join('\n')}\`.split(/\\s+/),
);
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const names = givenNamesFromFaker();
  const out = fileURLToPath(new URL('../src/extract/entities/data/given-names.ts', import.meta.url));
  writeFileSync(out, givenNamesModule(names));
  console.log(`given-names: ${names.length} names from ${LOCALES.length} faker locales written to ${out}`);
}
