/**
 * Address comparison for the diff. Producers rewrite the same address many ways ("13 B PL DU GAL DE GAULLE",
 * "13 bis, place du Général-de-Gaulle"): both must compare equal, or every export would look like a move.
 */

/** Street words and titles French producers abbreviate, folded to their full form. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  r: 'rue',
  av: 'avenue',
  ave: 'avenue',
  bd: 'boulevard',
  bld: 'boulevard',
  bvd: 'boulevard',
  boul: 'boulevard',
  pl: 'place',
  ch: 'chemin',
  chem: 'chemin',
  che: 'chemin',
  rte: 'route',
  imp: 'impasse',
  all: 'allee',
  sq: 'square',
  crs: 'cours',
  fg: 'faubourg',
  fbg: 'faubourg',
  qu: 'quai',
  res: 'residence',
  esp: 'esplanade',
  prom: 'promenade',
  pass: 'passage',
  sen: 'sentier',
  tra: 'traverse',
  trav: 'traverse',
  vla: 'villa',
  ham: 'hameau',
  ld: 'lieu dit',
  ccal: 'centre commercial',
  ccial: 'commercial',
  ctre: 'centre',
  st: 'saint',
  ste: 'sainte',
  gal: 'general',
  gen: 'general',
  mal: 'marechal',
  pdt: 'president',
  dr: 'docteur',
  prof: 'professeur',
  cdt: 'commandant',
  cne: 'capitaine',
  lt: 'lieutenant',
  mgr: 'monseigneur',
};

/** Suffixes of a house number: "13 B", "13B", "13 bis" are the same number. */
const NUMBER_SUFFIXES: Readonly<Record<string, string>> = {
  b: 'bis',
  bis: 'bis',
  t: 'ter',
  ter: 'ter',
  q: 'quater',
  quater: 'quater',
};

/** Articles and prepositions: "AU BOURG", "LE BOURG" and "BOURG" name the same place. */
const STOP_WORDS = new Set(['l', 'le', 'la', 'les', 'de', 'du', 'des', 'd', 'au', 'aux']);

/** Lower case, no accents, ligatures spelled out, every punctuation mark a space, single spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface ParsedAddress {
  /** House number with its suffix ("13 bis"), '' when the address has none. */
  number: string;
  /** The street or place, abbreviations expanded, articles dropped. */
  street: string;
}

export function parseAddress(address: string | null): ParsedAddress {
  if (!address) return { number: '', street: '' };
  const tokens = foldText(address).split(' ').filter((token) => token !== '');
  let index = 0;
  const numberParts: string[] = [];
  const glued = tokens[0]?.match(/^(\d+)([a-z]+)$/);
  if (glued && NUMBER_SUFFIXES[glued[2]]) {
    numberParts.push(String(Number(glued[1])), NUMBER_SUFFIXES[glued[2]]);
    index = 1;
  } else if (tokens[0] !== undefined && /^\d+$/.test(tokens[0])) {
    numberParts.push(String(Number(tokens[0])));
    index = 1;
    const suffix = NUMBER_SUFFIXES[tokens[1]];
    // "2 B RUE…" is a suffix; "2 BOULEVARD" is not, and "2 T" alone would be a street named T.
    if (suffix && tokens.length > 2) {
      numberParts.push(suffix);
      index = 2;
    }
  }
  const street: string[] = [];
  for (; index < tokens.length; index++) {
    const token = ABBREVIATIONS[tokens[index]] ?? tokens[index];
    if (!STOP_WORDS.has(token)) street.push(token);
  }
  return { number: numberParts.join(' '), street: street.join(' ') };
}

/** The comparison key of an address, '' when it is empty. */
export function normaliseAddress(address: string | null): string {
  const { number, street } = parseAddress(address);
  return number && street ? `${number} ${street}` : number || street;
}

/**
 * Whether two addresses designate different places. An address made more precise (a house number added to or
 * dropped from the same street) is a correction, not a different place; an empty side tells nothing.
 */
export function addressesDiffer(before: string | null, after: string | null): boolean {
  if (before === after) return false;
  const previous = parseAddress(before);
  const next = parseAddress(after);
  if (!previous.street && !previous.number) return false;
  if (!next.street && !next.number) return false;
  if (previous.street !== next.street) return true;
  return previous.number !== '' && next.number !== '' && previous.number !== next.number;
}
