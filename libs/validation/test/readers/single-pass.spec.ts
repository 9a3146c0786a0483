import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { SourceError, SourceRevised, type TableSource } from '../../src/core/contracts';
import { validate } from '../../src/engine';
import { allBatches, latin1Bytes, open, utf8Bytes } from './helpers';

interface Reading {
  source: TableSource;
  revised: boolean;
  rows: Map<number, string[]>;
}

/** Reads everything as validate() does: a SourceRevised starts over on the source it gives. */
async function readAll(bytes: Uint8Array, singlePass: boolean, chunkSize?: number): Promise<Reading> {
  let source = await open(bytes, { singlePass, chunkSize });
  let revised = false;
  let batches;
  try {
    batches = await allBatches(source);
  } catch (error) {
    if (!(error instanceof SourceRevised)) throw error;
    revised = true;
    source = await error.reopen();
    batches = await allBatches(source);
  }
  const rows = new Map<number, string[]>();
  for (const batch of batches) batch.rows.forEach((row, index) => rows.set(batch.firstRowNumber + index, row));
  return { source, revised, rows };
}

async function expectSameReading(bytes: Uint8Array, chunkSize?: number): Promise<Reading> {
  const once = await readAll(bytes, true, chunkSize);
  const twice = await readAll(bytes, false, chunkSize);
  expect(once.source.labels).toEqual(twice.source.labels);
  expect(once.source.detected).toEqual(twice.source.detected);
  expect(once.rows).toEqual(twice.rows);
  expect(once.source.stats()).toEqual(twice.source.stats());
  return once;
}

// Files over the megabyte the dialect is guessed from take seconds on a busy machine.
jest.setTimeout(30_000);

const ONE_MEGABYTE_OF_ROWS = 'id,nom,ville\n' + '1,Poste de Tulle,Tulle\n'.repeat(60_000);

describe('reading a CSV file in one pass', () => {
  it.each([
    ['";" with accents', utf8Bytes('id;nom;ville\n1;Poste;Égletons\n2;Mairie;Brive\n')],
    ['tabs, CRLF and a BOM', utf8Bytes('\ufeffid\tnom\r\n1\tPoste\r\n\r\n2\tMairie\r\n')],
    ['old Mac line ends', utf8Bytes('id,nom\r1,Poste\r2,Mairie')],
    ['quoted cells over lines and doubled quotes', utf8Bytes('id,adresse\n1,"2 rue ""Haute""\nTulle"\n2,"a,b"\n')],
    ['a header only', utf8Bytes('id,nom\n')],
    ['no final line end', utf8Bytes('id,nom\n1,Poste')],
    ['Latin-1 in its first line (guess ruled out)', latin1Bytes('id;libellé\n1;Hôtel de ville\n')],
  ])('reads %s as two passes do, over any chunking', async (_name, bytes) => {
    for (const chunkSize of [1, 7, 4096, undefined]) {
      const reading = await expectSameReading(bytes, chunkSize);
      expect(reading.revised).toBe(false);
    }
  });

  it('verifies the guess over the whole stream: Windows-1252 after the first megabyte starts over', async () => {
    const bytes = new Uint8Array([...utf8Bytes(ONE_MEGABYTE_OF_ROWS), ...latin1Bytes('2,Hôtel de ville\x92s,Brive\n')]);
    const reading = await expectSameReading(bytes, 64 * 1024);
    expect(reading.revised).toBe(true);
    expect(reading.source.detected.encoding).toBe('windows-1252');
    expect(reading.rows.get(60_002)).toEqual(['2', 'Hôtel de ville’s', 'Brive']);
  });

  it('verifies the delimiter over the whole stream', async () => {
    const semicolons = 'a;b;c;d\n'.repeat(200_000);
    const reading = await expectSameReading(utf8Bytes(ONE_MEGABYTE_OF_ROWS + semicolons), 256 * 1024);
    expect(reading.revised).toBe(true);
    expect(reading.source.detected.delimiter).toBe(';');
  });

  it('gives the whole stream\'s error when the end is not text', async () => {
    const bytes = new Uint8Array([...utf8Bytes(ONE_MEGABYTE_OF_ROWS), ...new Uint8Array(200_000)]);
    const source = await open(bytes, { singlePass: true });
    const revision = await allBatches(source).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(revision).toBeInstanceOf(SourceRevised);
    await expect((revision as SourceRevised).reopen()).rejects.toBeInstanceOf(SourceError);
  });

  it('validates as two passes do when the whole file contradicts its start', async () => {
    const bytes = new Uint8Array([...utf8Bytes(ONE_MEGABYTE_OF_ROWS), ...latin1Bytes('x,Hôtel\x92,Brive\n')]);
    const schema = { fields: [{ name: 'id', type: 'integer' }, { name: 'nom' }, { name: 'ville', constraints: { maxLength: 5 } }] };
    const [once, twice] = await Promise.all([
      open(bytes, { singlePass: true }).then((source) => validate(source, { schema })),
      open(bytes).then((source) => validate(source, { schema })),
    ]);
    const withoutTime = (report: typeof once) => ({
      ...report,
      stats: { ...report.stats, seconds: 0 },
      tasks: report.tasks.map((task) => ({ ...task, stats: { ...task.stats, seconds: 0 } })),
    });
    expect(withoutTime(once)).toEqual(withoutTime(twice));
    expect(once.tasks[0].detected).toMatchObject({ encoding: 'windows-1252' });
    expect(once.tasks[0].errorCounts).toEqual({ 'type-error': 1 });
  });

  const realData = path.resolve(__dirname, '../../../../../shared/data/real');
  const realFile = path.join(realData, 'france_services_2024-08-01.csv');
  (existsSync(realFile) ? it : it.skip)('reads a real file as two passes do', async () => {
    const reading = await expectSameReading(new Uint8Array(readFileSync(realFile)), 64 * 1024);
    expect(reading.revised).toBe(false);
  });
});
