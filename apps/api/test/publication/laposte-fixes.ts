/** An error of the validation report, as far as fixing the file goes. */
export interface ReportedError {
  type: string;
  rowNumber?: number;
  fieldName?: string;
  cell?: string;
  message: string;
}

export interface LaPosteFixes {
  /** What was done, one French line per change, for the test's log. */
  log: string[];
  /** Errors this producer would not know how to fix: the test fails on them. */
  unfixable: ReportedError[];
}

const OUT_OF_SCOPE = /hors du champ du schéma/;

/**
 * What La Poste does with the report on its "points de contact" file, row by row (rows are the CSV's data rows, the
 * report's row numbers count the header as row 1):
 * - offices in Monaco and Andorra (out of the schema's scope: the report says so on their INSEE or postal code) are
 *   left out of the list sent to the French portal, whatever else the report says about them;
 * - a missing `adresse` (required) is filled from the row's own lieu-dit, else its address complement (« MAIRIE »,
 *   « LE BOURG »), else the commune's name, the way La Poste addresses village offices without a street;
 * - a postal code that is not the commune's becomes the first of the commune's postal codes the report names;
 * - coordinates placed abroad (two French agencies geocoded in Catalonia) are cleared rather than published wrong.
 * The one "Agence postale militaire" of the files has no value of its own in the mapping: the producer adds it to the
 * mapping it sends (`autre_point_de_contact`), not to the file.
 */
export function fixLaPosteRows(
  header: string[],
  rows: string[][],
  errors: readonly ReportedError[],
): LaPosteFixes & { kept: string[][]; mappingValues: Record<string, string> } {
  const mappingValues: Record<string, string> = {};
  const column = (name: string) => header.indexOf(name);
  const log: string[] = [];
  const unfixable: ReportedError[] = [];
  const dropped = new Set<number>();
  for (const error of errors) {
    if (error.rowNumber !== undefined && OUT_OF_SCOPE.test(error.message)) dropped.add(error.rowNumber);
  }
  for (const rowNumber of [...dropped].sort((a, b) => a - b)) {
    const row = rows[rowNumber - 2];
    log.push(`ligne ${rowNumber} retirée : ${row[column('#Identifiant_du_site')]} ${row[column('Libellé_du_site')]} (${row[column('Localité')]}), hors du champ du schéma`);
  }
  for (const error of errors) {
    if (error.rowNumber === undefined || dropped.has(error.rowNumber)) continue;
    const row = rows[error.rowNumber - 2];
    const set = (name: string, value: string, why: string) => {
      log.push(`ligne ${error.rowNumber}, ${name} : « ${row[column(name)]} » → « ${value} » (${why})`);
      row[column(name)] = value;
    };
    if (error.type === 'constraint-error' && error.fieldName === 'adresse' && row[column('Adresse')] === '') {
      const lieuDit = row[column('Lieu_dit')];
      const complement = row[column('Complément_d_adresse')];
      if (lieuDit) {
        set('Adresse', lieuDit, 'le lieu-dit tient lieu d’adresse');
        row[column('Lieu_dit')] = '';
      } else if (complement) {
        set('Adresse', complement, 'le complément d’adresse désigne le lieu');
        row[column('Complément_d_adresse')] = '';
      } else {
        set('Adresse', row[column('Localité')], 'bureau de village sans rue : la commune pour adresse');
      }
    } else if (error.type === 'french-postal-code-commune' && error.fieldName === 'code_postal') {
      const suggested = /codes postaux de la commune : (\d{5})/.exec(error.message)?.[1];
      if (suggested) set('Code_postal', suggested, `premier code postal de la commune ${row[column('Code_INSEE')]} cité par le rapport`);
      else unfixable.push(error);
    } else if (error.type === 'constraint-error' && error.fieldName === 'type_site' && error.cell === 'Agence postale militaire') {
      if (!mappingValues[error.cell]) log.push(`correspondance : « ${error.cell} » → autre_point_de_contact (type absent de la nomenclature)`);
      mappingValues[error.cell] = 'autre_point_de_contact';
    } else if (error.type === 'french-gps-coordinates' && /à l’étranger \(Espagne/.test(error.message)) {
      set('Latitude', '', 'géocodage erroné, à l’étranger');
      set('Longitude', '', 'géocodage erroné, à l’étranger');
    } else {
      unfixable.push(error);
    }
  }
  return { log, unfixable, mappingValues, kept: rows.filter((_, index) => !dropped.has(index + 2)) };
}
