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

  it('reports an unreadable file instead of throwing', async () => {
    const report = await validateFile(path.join(directory, 'empty.csv'), { schema });
    expect(report.valid).toBe(false);
    expect(report.tasks[0].errors[0]).toMatchObject({ type: 'source-error' });
  });
});
