import * as fs from 'fs';
import * as path from 'path';
import { validate } from '../../src/engine';
import { sourceFailureReport } from '../../src/engine/source-failure';
import { SourceError, type TableSource } from '../../src/core/contracts';
import { openTable, browserHasher } from '../../src/readers';
import type { Report } from '../../src/report';
import { memorySource } from '../engine/memory-source';

/**
 * Each folder of cases/ holds data.csv, schema.json and expected.json: the errors frictionless-py 5 reports for
 * that table (type, row, field number and name, note), worked out from its source (see `reference`).
 * Every case runs twice: through an in-memory table, and end to end through the readers (openTable).
 */
interface ExpectedError {
  type: string;
  rowNumber?: number;
  fieldNumber?: number;
  fieldName?: string;
  note?: string;
}

interface Expected {
  description: string;
  reference: string;
  valid: boolean;
  errors: ExpectedError[];
}

const CASES = path.join(__dirname, 'cases');
const cases = fs.readdirSync(CASES).sort().map((name) => {
  const read = (file: string) => fs.readFileSync(path.join(CASES, name, file), 'utf8');
  return { name, csv: read('data.csv'), schema: JSON.parse(read('schema.json')), expected: JSON.parse(read('expected.json')) as Expected };
});

function project(report: Report, expected: ExpectedError[], compareNotes: boolean) {
  return report.tasks[0].errors.map((error, index) => {
    const wanted = expected[index] ?? {};
    const seen: ExpectedError = { type: error.type };
    if ('rowNumber' in wanted) seen.rowNumber = error.rowNumber;
    if ('fieldNumber' in wanted) seen.fieldNumber = error.fieldNumber;
    if ('fieldName' in wanted) seen.fieldName = error.fieldName;
    if ('note' in wanted && compareNotes) seen.note = error.note;
    return seen;
  });
}

function withoutNotes(errors: ExpectedError[]): ExpectedError[] {
  return errors.map(({ note: _note, ...rest }) => rest);
}

async function openEndToEnd(name: string, csv: string): Promise<TableSource | Report> {
  const bytes = new TextEncoder().encode(csv);
  try {
    return await openTable(async function* () {
      yield bytes;
    }, { name: `${name}.csv`, hasher: browserHasher, delimiter: ',' });
  } catch (error) {
    if (error instanceof SourceError) return sourceFailureReport(`${name}.csv`, error);
    throw error;
  }
}

describe('conformance with frictionless-py 5', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(cases)('$name', ({ name, csv, schema, expected }) => {
    it(`in memory: ${expected.description}`, async () => {
      const report = await validate(memorySource(csv, { name }), { schema, locale: 'en' });
      expect(project(report, expected.errors, true)).toEqual(expected.errors);
      expect(report.valid).toBe(expected.valid);
    });

    it('end to end through openTable', async () => {
      const opened = await openEndToEnd(name, csv);
      const report = 'tasks' in opened ? opened : await validate(opened, { schema, locale: 'en' });
      // File-level notes are the reader's own wording; row and cell notes must match.
      const fileLevel = (error: ExpectedError) => error.rowNumber === undefined && error.fieldNumber === undefined;
      const wanted = expected.errors.map((error) => (fileLevel(error) ? withoutNotes([error])[0] : error));
      expect(project(report, wanted, true)).toEqual(wanted);
    });
  });
});
