import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SourceError } from '../../src/core/contracts';
import { validate } from '../../src/engine';
import { nodeHasher } from '../../src/node';
import { openFile } from '../../src/node/file-source';
import { validateFile } from '../../src/node/validate-file';
import { inspectOnWorkerThread } from '../../src/node/worker-inspection';
import { inspectOnThisThread } from '../../src/readers/stream-inspection';

// The worker compiles the TypeScript sources at its first start on a cold cache.
jest.setTimeout(30_000);

describe('hashing and scanning a file on a worker thread', () => {
  let directory: string;
  let file: string;
  let bytes: Buffer;

  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-worker-inspection-'));
    file = path.join(directory, 'sites.csv');
    const rows = Array.from({ length: 30_000 }, (_, index) => `${index + 1};"Bureau ""${index}""\n(annexe)";Égletons;${index % 3 === 0 ? '19' : '2A'}`);
    bytes = Buffer.from(`id;nom;ville;dep\r\n${rows.join('\r\n')}\r\n`, 'utf8');
    fs.writeFileSync(file, bytes);
  });

  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('finds what this thread finds over the same bytes', async () => {
    const here = inspectOnThisThread(nodeHasher);
    const there = inspectOnWorkerThread(file);
    for (let start = 0; start < bytes.length; start += 65_536) {
      const chunk = new Uint8Array(bytes.subarray(start, start + 65_536));
      here.update(chunk);
      there.update(chunk);
    }
    const [expected, found] = await Promise.all([here.finish(), there.finish()]);
    expect(found.digests).toEqual(expected.digests);
    expect(found.scan).toEqual(expected.scan);
    expect(found.scan.crlf).toBe(30_001);
  });

  it('refuses a file whose size changed between the two readings', async () => {
    const inspection = inspectOnWorkerThread(file);
    inspection.update(new Uint8Array(bytes.length - 10));
    const failure = await inspection.finish().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SourceError);
    expect((failure as SourceError).note).toMatch(/a changé pendant sa lecture/);
  });

  it('says in French when the file cannot be read again', async () => {
    const inspection = inspectOnWorkerThread(path.join(directory, 'absent.csv'));
    const failure = await inspection.finish().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SourceError);
    expect((failure as SourceError).note).toMatch(/^Le fichier n’a pas pu être relu : .*ENOENT/);
  });

  it('gives validateFile the report of a reading in two passes', async () => {
    const schema = { fields: [{ name: 'id', type: 'integer', constraints: { unique: true } }, { name: 'nom' }, { name: 'ville' }, { name: 'dep', constraints: { pattern: '[0-9]{2}' } }] };
    const [once, twice] = await Promise.all([validateFile(file, { schema }), openFile(file).then((source) => validate(source, { schema }))]);
    const withoutTime = (report: typeof once) => ({ ...report, stats: { ...report.stats, seconds: 0 }, tasks: report.tasks.map((task) => ({ ...task, stats: { ...task.stats, seconds: 0 } })) });
    expect(withoutTime(once)).toEqual(withoutTime(twice));
    expect(once.tasks[0].stats).toMatchObject({ rows: 30_000, bytes: bytes.length, md5: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(once.tasks[0].errorCounts).toEqual({ 'constraint-error': 20_000 });
  });

  it('stops the worker when the reading is abandoned', async () => {
    const inspection = inspectOnWorkerThread(file);
    inspection.abandon();
    await expect(inspection.finish()).rejects.toBeInstanceOf(SourceError);
  });
});
