import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validateFile } from '../../src/node/validate-file';

describe('validateFile', () => {
  let directory: string;
  const schema = {
    fields: [
      { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
      { name: 'nom', type: 'string', constraints: { maxLength: 8 } },
      { name: 'date', type: 'date' },
    ],
    primaryKey: 'id',
  };

  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-validate-file-'));
    const rows = Array.from({ length: 20000 }, (_, index) => `${index % 9999 === 0 ? 1 : index + 1};${index % 7 === 0 ? 'beaucoup trop long' : 'court'};2024-0${(index % 9) + 1}-${index % 31 === 0 ? 32 : 10}`);
    fs.writeFileSync(path.join(directory, 'sites.csv'), `id;nom;date\n${rows.join('\n')}\n`, 'latin1');
    fs.writeFileSync(path.join(directory, 'empty.csv'), '');
  });

  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('reads and validates a file with the readers', async () => {
    const report = await validateFile(path.join(directory, 'sites.csv'), { schema, maxErrors: 50 });
    const task = report.tasks[0];
    expect(task.stats.rows).toBe(20000);
    expect(task.detected).toMatchObject({ format: 'csv', delimiter: ';' });
    expect(task.stats.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(task.errorCounts['constraint-error']).toBe(2858);
    expect(task.errorCounts['type-error']).toBe(646);
    expect(task.errorCounts['unique-error']).toBe(2);
    expect(task.errors).toHaveLength(50);
  });

  it('starts over when the whole file contradicts its start, and never hands a row twice to onRow', async () => {
    // 2.3 MB of UTF-8 first: beyond the megabyte the dialect is guessed from.
    const file = path.join(directory, 'late-windows-1252.csv');
    const head = 'id,nom,date\n' + Array.from({ length: 100_000 }, (_, index) => `${index + 1},court,2024-01-10`).join('\n');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from('\n100001,\x92court\x92 trop long,2024-01-10\n', 'latin1')]));
    const read = await validateFile(file, { schema, maxErrors: 10 });
    expect(read.tasks[0].detected).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    expect(read.tasks[0].stats.rows).toBe(100_001);
    expect(read.tasks[0].errorCounts).toEqual({ 'constraint-error': 1 });
    const seen: number[] = [];
    await validateFile(file, { schema, onRow: (_row, rowNumber) => seen.push(rowNumber) });
    expect(seen).toHaveLength(100_001);
    expect(new Set(seen).size).toBe(100_001);
  }, 30_000);

  it('reports an unreadable file instead of throwing', async () => {
    const report = await validateFile(path.join(directory, 'empty.csv'), { schema });
    expect(report.valid).toBe(false);
    expect(report.tasks[0].errors[0]).toMatchObject({ type: 'source-error' });
  });
});
