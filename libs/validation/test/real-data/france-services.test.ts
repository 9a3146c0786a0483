import { isKnownPostalCode } from '@maillage/territories';
import { countsBySeverity, describeWithRealData, expectAllReported, loadMapping, readRecords, RealValidation, rowsOf, rowsWhere, validateRealFile } from './real-files';

jest.setTimeout(120_000);

describeWithRealData('France services 2024-08-01, through france-services.mapping.json', () => {
  const FILE = 'france_services_2024-08-01.csv';
  let validation: RealValidation;
  let records: Map<number, Record<string, string>>;

  beforeAll(async () => {
    validation = await validateRealFile(FILE, loadMapping('france-services'));
    records = readRecords(FILE, ',');
    console.info(`${FILE} : ${validation.seconds} s`, JSON.stringify(countsBySeverity(validation)));
  });

  it('reads the 2,845 records, quoted line breaks included', () => {
    expect(validation.report.tasks[0].stats.rows).toBe(2_845);
    expect(records.size).toBe(2_845);
  });

  it('reports each of the 30 postal codes unknown to the postal base, as CEDEX warning or error', () => {
    const unknown = rowsWhere(records, (record) => record.code_postal !== '' && !isKnownPostalCode(record.code_postal));
    expect(unknown.size).toBe(30);
    const reported = rowsOf(validation.all, /^french-postal-code-commune/, 'code_postal');
    expectAllReported(unknown, reported);
    const aurillac = validation.all.find((error) => error.rowNumber === [...records].find(([, record]) => record.id_fs === '640')?.[0]);
    expect(aurillac).toMatchObject({ type: 'french-postal-code-commune-cedex', severity: 'warning', cell: '15015' });
  });

  it('warns about the 3 communes merged since 2024', () => {
    const merged = validation.all.filter((warning) => warning.type === 'french-commune-code-value-merged');
    expect(merged).toHaveLength(3);
    expect(merged.map((warning) => warning.cell)).toEqual(['49069', '93059', '93059']);
  });

  it('accepts the empty phones and e-mails, and rejects the cells holding several e-mails', () => {
    const emptyPhone = rowsWhere(records, (record) => record.telephone === '');
    expect(emptyPhone.size).toBe(4);
    expect([...emptyPhone].filter((row) => rowsOf(validation.all, /.*/, 'telephone').has(row))).toEqual([]);
    const severalMails = rowsWhere(records, (record) => (record.mail.match(/@/g) ?? []).length > 1);
    expect(rowsOf(validation.all, 'type-error', 'courriel')).toEqual(severalMails);
  });

  it('finds every point inside France: no coordinates error, two sites in Saint-Martin as warnings', () => {
    expect(rowsOf(validation.all, /^french-gps-coordinates$|^french-gps-coordinates-swapped$/).size).toBe(0);
    const saintMartin = rowsWhere(records, (record) => record.insee_dep === '978');
    expect(rowsOf(validation.all, 'french-gps-coordinates-out-of-scope')).toEqual(saintMartin);
  });

  it('finds no duplicate identifier and no type outside the nomenclature', () => {
    expect(rowsOf(validation.all, /^(unique-error|primary-key)$/).size).toBe(0);
    expect(rowsOf(validation.all, /.*/, 'type_site').size).toBe(0);
    expect(rowsOf(validation.all, /.*/, 'mode_accueil').size).toBe(0);
  });
});
