/**
 * The département of an INSEE commune code: two characters (2A and 2B for Corsica), three overseas (97x, 98x).
 * Null for an empty or malformed code, so that events without a place are counted apart.
 */
export function departementOf(codeInsee: string | null): string | null {
  if (!codeInsee || !/^(\d{5}|2[AB]\d{3})$/i.test(codeInsee)) return null;
  return codeInsee.startsWith('97') || codeInsee.startsWith('98') ? codeInsee.slice(0, 3) : codeInsee.slice(0, 2).toUpperCase();
}
