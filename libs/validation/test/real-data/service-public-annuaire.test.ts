import { countsBySeverity, describeWithRealData, expectAllReported, loadMapping, readRecords, RealValidation, rowsOf, rowsWhere, validateRealFile } from './real-files';

jest.setTimeout(180_000);

const METROPOLITAN_FOLDER = /^(\d\d|2[AB])$/;

describeWithRealData('Annuaire de l’administration 2022 (hors mairies), through service-public-annuaire.mapping.json', () => {
  const FILE = 'service_public_annuaire_locales_2022_hors_mairies.csv';
  let validation: RealValidation;
  let records: Map<number, Record<string, string>>;

  beforeAll(async () => {
    validation = await validateRealFile(FILE, loadMapping('service-public-annuaire'));
    records = readRecords(FILE, ',');
    console.info(`${FILE} : ${validation.seconds} s`, JSON.stringify(countsBySeverity(validation)));
  });

  it('reads the 25,762 records, quoted line breaks included', () => {
    expect(validation.report.tasks[0].stats.rows).toBe(25_762);
    expect(records.size).toBe(25_762);
  });

  it('finds the 131 surplus copies of the 68 identifiers published in several département folders', () => {
    const firstRowOf = new Map<string, number>();
    const copies = new Set<number>();
    for (const [row, record] of records) {
      if (firstRowOf.has(record.id)) copies.add(row);
      else firstRowOf.set(record.id, row);
    }
    expect(copies.size).toBe(131);
    expect(rowsOf(validation.all, 'unique-error', 'id')).toEqual(copies);
    expect(rowsOf(validation.all, 'primary-key')).toEqual(copies);
  });

  it('rejects the e-mails that are URLs or mailto: links', () => {
    const notMails = rowsWhere(records, (record) => /^(https?:|mailto:)/.test(record.email));
    expect(notMails.size).toBe(4_889 + 903);
    const rejected = rowsOf(validation.all, 'type-error', 'courriel');
    expectAllReported(notMails, rejected);
  });

  it('reports the 44 metropolitan records whose coordinates are not in metropolitan France', () => {
    const misplaced = rowsWhere(
      records,
      (record) =>
        METROPOLITAN_FOLDER.test(record.dossier_departement) &&
        record.latitude !== '' &&
        !(Number(record.latitude) >= 41 && Number(record.latitude) <= 51.2 && Number(record.longitude) >= -5.5 && Number(record.longitude) <= 10),
    );
    expect(misplaced.size).toBe(44);
    // Outside France (swapped or not), or in France but far from the commune's département (Réunion, Martinique).
    const reported = rowsOf(validation.all, /^(french-gps-coordinates|french-gps-coordinates-swapped|coordinates-commune-consistency)$/);
    expectAllReported(misplaced, reported);
    const identical = validation.all.filter((error) => error.type === 'french-gps-coordinates' && error.message.endsWith('latitude et longitude identiques.'));
    expect(identical.length).toBeGreaterThanOrEqual(28);
    const swapped = validation.all.find((error) => error.type === 'french-gps-coordinates-swapped' && error.cells?.[0] === '2.376225');
    expect(swapped?.message).toContain('semblent inversées');
    const projected = validation.all.find((error) => error.type === 'french-gps-coordinates' && error.cells?.[1] === '496833');
    expect(projected?.message).toContain('Lambert 93');
  });

  it('says nothing about coordinates on the 196 records that have none', () => {
    const withoutCoordinates = rowsWhere(records, (record) => record.latitude === '' && record.longitude === '');
    expect(withoutCoordinates.size).toBe(196);
    const aboutCoordinates = rowsOf(validation.all, /^(french-gps-coordinates|coordinates-commune-consistency|cohesive-columns-value)/);
    expect([...withoutCoordinates].filter((row) => aboutCoordinates.has(row))).toEqual([]);
  });

  it('warns about CEDEX codes, requires the 105 missing postal codes, warns about national short numbers', () => {
    expect(rowsOf(validation.all, 'french-postal-code-commune-cedex', 'code_postal').size).toBeGreaterThan(6_000);
    const missing = rowsWhere(records, (record) => record.code_postal === '');
    expect(missing.size).toBe(105);
    const required = rowsOf(validation.all, 'constraint-error', 'code_postal');
    expectAllReported(missing, required);
    const short = rowsWhere(records, (record) => /^[13]\d{3}$/.test(record.telephone.replace(/\s/g, '')));
    expect(rowsOf(validation.all, 'phone-number-value-short-number', 'telephone')).toEqual(short);
  });

  it('warns about the 22 communes merged since', () => {
    const merged = validation.all.filter((warning) => warning.type === 'french-commune-code-value-merged');
    expect(merged).toHaveLength(22);
    expect(merged.every((warning) => warning.severity === 'warning')).toBe(true);
  });

  it('rejects the types of sites outside the schema’s scope, and only those', () => {
    const mapping = loadMapping('service-public-annuaire').fields.type_site as { values: Record<string, string> };
    const outside = rowsWhere(records, (record) => !(record.pivot_local in mapping.values));
    expect(rowsOf(validation.all, 'constraint-error', 'type_site')).toEqual(outside);
    expect(rowsOf(validation.all, 'type-category-coherence').size).toBe(0);
  });
});
