import { countsBySeverity, describeWithRealData, expectAllReported, loadMapping, readRecords, RealValidation, rowsOf, rowsWhere, validateRealFile } from './real-files';

jest.setTimeout(180_000);

const MONACO_POSTAL_CODE = /^980\d\d$/;

describeWithRealData('La Poste points de contact 2020-12, through laposte-points-de-contact.mapping.json', () => {
  const FILE = 'laposte_points_de_contact_2020-12.csv';
  let validation: RealValidation;
  let records: Map<number, Record<string, string>>;

  beforeAll(async () => {
    validation = await validateRealFile(FILE, loadMapping('laposte-points-de-contact'));
    records = readRecords(FILE, ';');
    console.info(`${FILE} : ${validation.seconds} s`, JSON.stringify(countsBySeverity(validation)));
  });

  it('reads every row of the file', () => {
    expect(validation.report.tasks[0].stats.rows).toBe(17_716);
    expect(records.size).toBe(17_716);
  });

  it('finds no duplicate identifier: La Poste’s are unique', () => {
    expect(rowsOf(validation.all, /^(unique-error|primary-key)$/).size).toBe(0);
  });

  it('puts Andorra’s agencies (09920) and Monaco’s offices filed under country code 99138 out of scope', () => {
    const expected = rowsWhere(records, (record) => record.Code_INSEE === '09920' || record.Code_INSEE === '99138');
    expect(expected.size).toBe(9);
    const reported = rowsOf(validation.all, 'french-commune-code-value-out-of-scope', 'code_insee');
    expectAllReported(expected, reported);
  });

  it('rejects Monaco’s postal codes filed under Menton (06083)', () => {
    const expected = rowsWhere(records, (record) => MONACO_POSTAL_CODE.test(record.Code_postal) && record.Code_INSEE === '06083');
    expect(expected.size).toBe(4);
    const errors = validation.all.filter((error) => error.type === 'french-postal-code-commune' && expected.has(error.rowNumber as number));
    expect(errors).toHaveLength(4);
    for (const error of errors) expect(error.message).toContain('code postal de Monaco, hors du champ du schéma');
  });

  it('places the Monaco and Andorra offices abroad by their coordinates, and two agencies in Spain', () => {
    const gps = validation.all.filter((error) => error.type === 'french-gps-coordinates');
    const abroad = (country: string) => new Set(gps.filter((error) => error.message.includes(`à l’étranger (${country}`)).map((error) => error.rowNumber));
    expect(abroad('Monaco')).toEqual(rowsWhere(records, (record) => MONACO_POSTAL_CODE.test(record.Code_postal)));
    // Pas de la Casa sits on the border: at 1:50m its office falls on the French side.
    const andorra = rowsWhere(records, (record) => record.Pays === 'FRANCE' && /^099/.test(record.Code_postal) && record.Localité !== 'PAS DE LA CASA');
    expect(andorra.size).toBe(6);
    expect(abroad('Andorre')).toEqual(andorra);
    // Rouy (58) and Crissay-sur-Manse (37), geocoded at the same point of Catalonia.
    expect([...abroad('Espagne')].map((row) => records.get(row as number)?.Code_INSEE)).toEqual(['58223', '37090']);
    expect(gps).toHaveLength(6 + 7 + 2);
  });

  it('warns about communes merged since 2020, naming the current commune', () => {
    const merged = validation.all.filter((error) => error.type === 'french-commune-code-value-merged');
    expect(merged).toHaveLength(166);
    expect(merged.every((warning) => warning.severity === 'warning' && warning.fieldName === 'code_insee' && /indiquez \d[\dAB]\d{3} \(/.test(warning.message))).toBe(true);
    // 176 codes of the file are not current communes: 166 merged since, 9 Andorra/Monaco codes and one more out of scope.
    expect(merged.length + rowsOf(validation.all, 'french-commune-code-value-out-of-scope').size).toBe(176);
  });

  it('warns about CEDEX-like postal codes, and about 3631, the national number on every row', () => {
    const cedex = validation.all.filter((warning) => warning.type === 'french-postal-code-commune-cedex');
    expect(cedex.length).toBeGreaterThan(0);
    expect(cedex.every((warning) => warning.severity === 'warning')).toBe(true);
    expect(rowsOf(validation.all, 'phone-number-value-short-number', 'telephone').size).toBe(17_716);
  });

  it('says nothing about the 13 rows without coordinates but checks all the others', () => {
    const withoutCoordinates = rowsWhere(records, (record) => record.Latitude === '' && record.Longitude === '');
    expect(withoutCoordinates.size).toBe(13);
    const aboutCoordinates = rowsOf(validation.all, /^(french-gps-coordinates|coordinates-commune-consistency|cohesive-columns-value)/);
    expect([...withoutCoordinates].filter((row) => aboutCoordinates.has(row))).toEqual([]);
  });

  it('warns about the sites of overseas collectivities (Saint-Martin, Saint-Barthélemy, Saint-Pierre-et-Miquelon)', () => {
    const collectivities = rowsWhere(records, (record) => /^97[578]/.test(record.Code_INSEE));
    expect(rowsOf(validation.all, 'french-commune-code-value-overseas-collectivity')).toEqual(collectivities);
  });
});

describeWithRealData('La Poste points de contact 2016, same mapping with the extract’s date', () => {
  const FILE = 'laposte_points_de_contact_2016.csv';
  let validation: RealValidation;
  let records: Map<number, Record<string, string>>;

  beforeAll(async () => {
    const mapping = loadMapping('laposte-points-de-contact');
    mapping.fields.date_maj = { constant: '2016-01-01' };
    validation = await validateRealFile(FILE, mapping);
    records = readRecords(FILE, ';');
    console.info(`${FILE} : ${validation.seconds} s`, JSON.stringify(countsBySeverity(validation)));
  });

  it('reads every row, finds Andorra and Monaco, and more communes merged since than in 2020', () => {
    expect(validation.report.tasks[0].stats.rows).toBe(17_212);
    const outOfScope = rowsWhere(records, (record) => record.Code_INSEE === '09920' || record.Code_INSEE === '99138');
    const reported = rowsOf(validation.all, 'french-commune-code-value-out-of-scope');
    expectAllReported(outOfScope, reported);
    expect(rowsOf(validation.all, 'french-commune-code-value-merged').size).toBeGreaterThan(166);
  });

  it('maps the two "Agence postale militaire" rows to nothing: the type is outside the nomenclature', () => {
    const military = rowsWhere(records, (record) => record.Caractéristique_du_site === 'Agence postale militaire');
    expect(military.size).toBe(2);
    const rejected = rowsOf(validation.all, 'constraint-error', 'type_site');
    expect(rejected).toEqual(military);
  });
});
