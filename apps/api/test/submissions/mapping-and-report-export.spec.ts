import type { Report } from '@maillage/validation';
import { mappingFingerprint, parseMapping } from '../../src/submissions/mapping-check';
import { localizeReport, reportToCsv } from '../../src/submissions/report-export';
import { SubmissionException } from '../../src/submissions/submission.exception';

const FIELDS = ['id', 'nom', 'categorie', 'courriel', 'mode_accueil'];

function refusal(input: unknown): string {
  try {
    parseMapping(input, FIELDS);
  } catch (error) {
    expect(error).toBeInstanceOf(SubmissionException);
    expect((error as SubmissionException).code).toBe('INVALID_MAPPING');
    return (error as Error).message;
  }
  throw new Error('correspondance acceptée à tort');
}

describe('mapping check', () => {
  it('accepts every form of field mapping, from JSON text or an object', () => {
    const mapping = {
      fields: {
        id: 'id_fs',
        nom: { columns: ['type', 'libelle'], separator: ' ' },
        categorie: { constant: 'point_de_contact' },
        mode_accueil: { column: 'format_fs', values: { Fixe: 'permanent' } },
      },
    };
    expect(parseMapping(JSON.stringify(mapping), FIELDS)).toEqual(mapping);
    expect(parseMapping(mapping, FIELDS)).toEqual(mapping);
  });

  it('says what is wrong, in French', () => {
    expect(refusal('{"fields":')).toMatch(/^Correspondance de colonnes invalide : ce n’est pas du JSON/);
    expect(refusal({ id: 'x' })).toMatch(/attendu un objet JSON \{ "fields"/);
    expect(refusal({ fields: { identifiant: 'id', nom: 'lib' } })).toBe(
      'Correspondance de colonnes invalide : champ(s) absent(s) du schéma : identifiant (champs du schéma : id, nom, categorie, courriel, mode_accueil)',
    );
    expect(refusal({ fields: { nom: '' } })).toMatch(/champ « nom » : le nom de colonne est vide/);
    expect(refusal({ fields: { nom: 3 } })).toMatch(/champ « nom » : attendu un nom de colonne/);
    expect(refusal({ fields: { nom: { columns: [] } } })).toMatch(/« columns » doit être une liste non vide/);
    expect(refusal({ fields: { categorie: { constant: 1 } } })).toMatch(/« constant » doit être du texte/);
    expect(refusal({ fields: { mode_accueil: { column: 'format', values: { Fixe: 1 } } } })).toMatch(/« values » doit associer/);
  });

  it('fingerprints mappings by meaning, not key order', () => {
    const one = parseMapping({ fields: { id: 'a', nom: { column: 'b', values: { x: '1', y: '2' } } } }, FIELDS);
    const same = parseMapping({ fields: { nom: { values: { y: '2', x: '1' }, column: 'b' }, id: 'a' } }, FIELDS);
    const other = parseMapping({ fields: { id: 'a', nom: 'b' } }, FIELDS);
    expect(mappingFingerprint(one)).toBe(mappingFingerprint(same));
    expect(mappingFingerprint(one)).not.toBe(mappingFingerprint(other));
    expect(mappingFingerprint(null)).toBe('none');
  });
});

describe('report export', () => {
  const report: Report = {
    valid: false,
    stats: { tasks: 1, errors: 2, warnings: 1, seconds: 0.1 },
    warnings: [],
    errors: [],
    tasks: [
      {
        name: 'sites.csv',
        type: 'table',
        valid: false,
        place: 'sites.csv',
        labels: ['id', 'nom', 'mail'],
        stats: { errors: 2, warnings: 1, rows: 3, fields: 3, seconds: 0.1 },
        errors: [
          { type: 'type-error', title: 'Valeur de type incorrect', description: 'd', message: 'Ligne 2, colonne « courriel » : la valeur « =HYPERLINK("x") » n’est pas valide', note: 'n', tags: ['#row'], rowNumber: 2, fieldName: 'courriel', fieldNumber: 4, cell: '=HYPERLINK("x")', sourceColumn: 'mail' },
          { type: 'missing-cell', title: 'Cellule manquante', description: 'd', message: 'Ligne 3 : cellule manquante', note: '', tags: ['#row'], rowNumber: 3, fieldName: 'nom', fieldNumber: 2 },
        ],
        warnings: [{ type: 'french-postal-code-commune-cedex', title: 'Code postal CEDEX', description: 'd', message: 'Ligne 3 : code CEDEX', note: '', tags: [], severity: 'warning', rowNumber: 3, fieldName: 'code_postal', cell: '15015' }],
        detected: { format: 'csv' },
        errorCounts: { 'type-error': 1, 'missing-cell': 1 },
        warningCounts: { 'french-postal-code-commune-cedex': 1 },
        truncated: false,
      },
    ],
  } as unknown as Report;

  it('lists errors then warnings with row, field, file column, type, severity, value and message', () => {
    const lines = reportToCsv(report, 'fr').split('\r\n');
    expect(lines[0]).toBe('\uFEFF"ligne";"champ";"colonne du fichier";"numéro de champ";"type";"gravité";"valeur";"message"');
    expect(lines[1]).toBe('"2";"courriel";"mail";"4";"type-error";"erreur";"\'=HYPERLINK(""x"")";"Ligne 2, colonne « courriel » : la valeur « =HYPERLINK(""x"") » n’est pas valide"');
    expect(lines[2]).toBe('"3";"nom";"nom";"2";"missing-cell";"erreur";"";"Ligne 3 : cellule manquante"');
    expect(lines[3]).toBe('"3";"code_postal";"code_postal";"";"french-postal-code-commune-cedex";"avertissement";"15015";"Ligne 3 : code CEDEX"');
    expect(lines[4]).toBe('');
  });

  it('renders titles and messages again in English from the error definitions', () => {
    const english = localizeReport(report, 'en');
    expect(english.tasks[0].errors[1]).toMatchObject({ title: 'Missing Cell', rowNumber: 3 });
    expect(english.tasks[0].errors[1].message).toMatch(/^Row at position "3" has a missing cell in field "nom" at position "2"/);
    expect(reportToCsv(english, 'en').split('\r\n')[0]).toBe('\uFEFF"row";"field";"file column";"field number";"type";"severity";"value";"message"');
    expect(localizeReport(report, 'fr')).toBe(report);
  });
});
