import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SourceError } from '../../src/core/contracts';
import { validate } from '../../src/engine';
import { nodeHasher } from '../../src/node';
import { openFile, WORKER_INSPECTION_BYTES } from '../../src/node/file-source';
import { validateFile } from '../../src/node/validate-file';
import { inspectOnWorkerThread } from '../../src/node/worker-inspection';
import { inspectOnThisThread } from '../../src/readers/stream-inspection';

// Watched, not replaced: validateFile must start it only for files large enough.
jest.mock('../../src/node/worker-inspection', () => {
  const actual = jest.requireActual('../../src/node/worker-inspection');
  return { ...actual, inspectOnWorkerThread: jest.fn(actual.inspectOnWorkerThread) };
});

// The worker compiles the TypeScript sources at its first start on a cold cache.
jest.setTimeout(30_000);

const ROWS = 140_000;

describe('hashing and scanning a file on a worker thread', () => {
  let directory: string;
  let file: string;
  let bytes: Buffer;

  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-worker-inspection-'));
    file = path.join(directory, 'sites.csv');
    // Just over the size from which validateFile hands the inspection to a worker.
    const rows = Array.from({ length: ROWS }, (_, index) => `${index + 1};"Bureau ""${index}""\n(annexe)";Égletons;${index % 3 === 0 ? '19' : '2A'};${'x'.repeat(20)}`);
    bytes = Buffer.from(`id;nom;ville;dep;note\r\n${rows.join('\r\n')}\r\n`, 'utf8');
    expect(bytes.length).toBeGreaterThan(WORKER_INSPECTION_BYTES);
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
    expect(found.scan.crlf).toBe(ROWS + 1);
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
    const schema = { fields: [{ name: 'id', type: 'integer', constraints: { unique: true } }, { name: 'nom' }, { name: 'ville' }, { name: 'dep', constraints: { pattern: '[0-9]{2}' } }, { name: 'note' }] };
    const [once, twice] = await Promise.all([validateFile(file, { schema }), openFile(file).then((source) => validate(source, { schema }))]);
    const withoutTime = (report: typeof once) => ({ ...report, stats: { ...report.stats, seconds: 0 }, tasks: report.tasks.map((task) => ({ ...task, stats: { ...task.stats, seconds: 0 } })) });
    expect(withoutTime(once)).toEqual(withoutTime(twice));
    expect(once.tasks[0].stats).toMatchObject({ rows: ROWS, bytes: bytes.length, md5: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(once.tasks[0].errorCounts).toEqual({ 'constraint-error': 93_333 });
  });

  it('hands the inspection to a worker only from the size where it pays', async () => {
    const small = path.join(directory, 'small.csv');
    fs.writeFileSync(small, bytes.subarray(0, 100_000));
    const started = jest.mocked(inspectOnWorkerThread);
    started.mockClear();
    await validateFile(small, { schema: { fields: [] } });
    expect(started).not.toHaveBeenCalled();
    await validateFile(file, { schema: { fields: [] } });
    expect(started).toHaveBeenCalledWith(file);
  });

  it('stops the worker when the reading is abandoned', async () => {
    const inspection = inspectOnWorkerThread(file);
    inspection.abandon();
    await expect(inspection.finish()).rejects.toBeInstanceOf(SourceError);
  });
});
