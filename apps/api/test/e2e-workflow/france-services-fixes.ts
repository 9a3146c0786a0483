import postalCodes from 'codes-postaux/codes-postaux.json';

/** An error or warning of the report, as far as fixing the file goes. */
export interface ReportedProblem {
  type: string;
  rowNumber?: number;
  fieldName?: string;
  sourceColumn?: string;
  cell?: string;
  message: string;
}

/** One change made to the producer's file, said in French for the test's log. */
export interface AppliedFix {
  rowNumber: number;
  column: string;
  before: string;
  after: string;
  why: string;
}

interface PostalEntry {
  codePostal: string;
  codeCommune: string;
  libelleAcheminement: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

/** Official postal codes of each commune (La Poste's base, package codes-postaux), the commune's own name first. */
const POSTAL_CODES_BY_COMMUNE = new Map<string, PostalEntry[]>();
for (const entry of postalCodes as PostalEntry[]) {
  const list = POSTAL_CODES_BY_COMMUNE.get(entry.codeCommune) ?? [];
  list.push(entry);
  POSTAL_CODES_BY_COMMUNE.set(entry.codeCommune, list);
}

function mainPostalCode(inseeCode: string, communeName: string): string | undefined {
  const entries = POSTAL_CODES_BY_COMMUNE.get(inseeCode) ?? [];
  return (entries.find((entry) => entry.libelleAcheminement === fold(communeName)) ?? entries[0])?.codePostal;
}

/**
 * What an ANCT producer does with the report of the France services file, error by error:
 * - `french-postal-code-commune` on `code_postal`: the INSEE code is the trustworthy one (the coordinates agree with it:
 *   the coordinates/commune check raised nothing), so the postal code becomes the commune's main postal code from
 *   La Poste's official base (the one whose routing label is the commune's name, else the first).
 * - `type-error` on `courriel` holding several addresses joined by « - »: the field takes one address; keep the first.
 * Any other error is left unfixed and returned, so that the test fails saying which.
 */
export function fixFranceServicesRows(
  header: string[],
  rows: string[][],
  errors: ReportedProblem[],
  columnOf: (fieldName: string) => string,
): { fixes: AppliedFix[]; unfixable: ReportedProblem[] } {
  const fixes: AppliedFix[] = [];
  const unfixable: ReportedProblem[] = [];
  const cell = (row: string[], column: string) => row[header.indexOf(column)];
  for (const error of errors) {
    if (error.rowNumber === undefined || error.fieldName === undefined) {
      unfixable.push(error);
      continue;
    }
    const column = columnOf(error.fieldName);
    const row = rows[error.rowNumber - 2];
    const index = header.indexOf(column);
    if (!row || index < 0 || (error.cell !== undefined && row[index] !== error.cell)) {
      throw new Error(`Ligne ${error.rowNumber}, colonne « ${column} » : le rapport cite « ${error.cell} », le fichier contient « ${row?.[index]} »`);
    }
    const before = row[index];
    let after: string | undefined;
    let why = '';
    if (error.type === 'french-postal-code-commune' && error.fieldName === 'code_postal') {
      after = mainPostalCode(cell(row, 'insee_com'), cell(row, 'lib_com'));
      why = `code postal de la commune ${cell(row, 'insee_com')} (${cell(row, 'lib_com')}) selon la base officielle de La Poste`;
    } else if (error.type === 'type-error' && error.fieldName === 'courriel' && / - /.test(before)) {
      after = before.split(' - ')[0].trim();
      why = 'plusieurs adresses dans le champ : la première est gardée';
    }
    if (after === undefined || after === before) {
      unfixable.push(error);
      continue;
    }
    row[index] = after;
    fixes.push({ rowNumber: error.rowNumber, column, before, after, why });
  }
  return { fixes, unfixable };
}
