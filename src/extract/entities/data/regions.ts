/**
 * First-level regions that news names without a head word ("Iowa",
 * "North Carolina"): US states. Facts. "Washington" and "New York" are left
 * to the city list, where they usually mean the cities.
 */
import type { KnownName } from './armed-groups.js';

const US_STATES =
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada New_Hampshire New_Jersey New_Mexico North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island
South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia West_Virginia Wisconsin Wyoming Puerto_Rico`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, ' '));

export const REGIONS: KnownName[] = [
  ...US_STATES.map((name) => ({ key: `us-${name.toLowerCase().replace(/ /g, '-')}`, name, aliases: [] })),
  // territories named without a head word, or that a head-word rule would misread ("West Bank" is no bank)
  { key: 'west-bank', name: 'West Bank', aliases: [] },
  { key: 'gaza', name: 'Gaza Strip', aliases: ['Gaza'] },
  { key: 'donbas', name: 'Donbas', aliases: ['Donbass'] },
  { key: 'crimea', name: 'Crimea', aliases: [] },
  { key: 'kurdistan', name: 'Kurdistan', aliases: ['Iraqi Kurdistan'] },
  { key: 'kashmir', name: 'Kashmir', aliases: [] },
  { key: 'sinai', name: 'Sinai', aliases: ['Sinai Peninsula'] },
  { key: 'sahel', name: 'Sahel', aliases: [] },
  { key: 'middle-east', name: 'Middle East', aliases: [] },
  { key: 'golan', name: 'Golan Heights', aliases: [] },
  { key: 'central-america', name: 'Central America', aliases: [] },
  { key: 'latin-america', name: 'Latin America', aliases: [] },
  { key: 'south-america', name: 'South America', aliases: [] },
  { key: 'north-america', name: 'North America', aliases: [] },
  { key: 'caribbean', name: 'Caribbean', aliases: [] },
  { key: 'europe', name: 'Europe', aliases: ['Western Europe', 'Eastern Europe'] },
  { key: 'africa', name: 'Africa', aliases: ['West Africa', 'East Africa', 'North Africa', 'Sub-Saharan Africa'] },
  { key: 'asia', name: 'Asia', aliases: ['Southeast Asia', 'Central Asia', 'South Asia', 'East Asia'] },
  { key: 'balkans', name: 'Balkans', aliases: [] },
  { key: 'soviet-union', name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.'] },
  { key: 'persian-gulf', name: 'Persian Gulf', aliases: ['Gulf region'] },
];
