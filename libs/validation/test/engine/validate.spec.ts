import { validate } from '../../src/engine';
import { summarize, summarizeText } from '../../src/summary';
import { SourceError, type CheckFactory, type ErrorDefinition, type TableSource } from '../../src/core/contracts';
import { memorySource } from './memory-source';

const places = (report: Awaited<ReturnType<typeof validate>>) =>
  report.tasks[0].errors.map((error) => [error.type, error.rowNumber ?? null, error.fieldNumber ?? null]);

describe('validate', () => {
  const schema = {
    fields: [
      { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
      { name: 'nom', type: 'string', constraints: { maxLength: 5 } },
      { name: 'date', type: 'date' },
    ],
    primaryKey: 'id',
  };

  it('returns a valid frictionless v5 report for a clean table', async () => {
    const report = await validate(memorySource('id,nom,date\n1,a,2024-01-31\n2,b,2024-02-29\n'), { schema });
    expect(report.valid).toBe(true);
    expect(report.stats).toMatchObject({ tasks: 1, errors: 0, warnings: 0 });
    expect(report.tasks[0]).toMatchObject({ type: 'table', valid: true, labels: ['id', 'nom', 'date'], truncated: false });
    expect(report.tasks[0].stats).toMatchObject({ rows: 2, fields: 3, errors: 0 });
  });

  it('reports type, constraint, unique and primary key errors with frictionless places and French messages', async () => {
    const report = await validate(memorySource('id,nom,date\n1,abcdef,2024-02-30\n1,b,2024-02-01\n'), { schema });
    expect(places(report)).toEqual([
      ['constraint-error', 2, 2],
      ['type-error', 2, 3],
      ['unique-error', 3, 1],
      ['primary-key', 3, null],
    ]);
    const [constraint, type, unique] = report.tasks[0].errors;
    expect(constraint.note).toBe('constraint "maxLength" is "5"');
    expect(constraint.message).toContain('au plus 5 caractères');
    expect(type.note).toBe('type is "date/default"');
    expect(type.message).toContain('une date au format AAAA-MM-JJ');
    expect(unique.note).toBe('the same as in the row at position 2');
    expect(unique.cells).toEqual(['1', 'b', '2024-02-01']);
  });

  it('writes messages in English on request', async () => {
    const report = await validate(memorySource('id,nom,date\nx,a,2024-01-01\n'), { schema, locale: 'en' });
    expect(report.tasks[0].errors[0].message).toBe('Type error in the cell "x" in row "2" and field "id" at position "1": type is "integer/default"');
  });

  it('caps kept errors but counts them all', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => `${index + 1},abcdefgh,x`).join('\n');
    const report = await validate(memorySource(`id,nom,date\n${rows}\n`), { schema, maxErrors: 10 });
    const task = report.tasks[0];
    expect(task.errors).toHaveLength(10);
    expect(task.truncated).toBe(true);
    expect(task.errorCounts).toEqual({ 'constraint-error': 50, 'type-error': 50 });
    expect(task.stats.errors).toBe(100);
    expect(report.stats.errors).toBe(100);
  });

  it('turns a SourceError of the reader into a file error', async () => {
    const source: TableSource = {
      ...memorySource('id,nom,date\n1,a,2024-01-01\n'),
      // eslint-disable-next-line require-yield
      async *batches() {
        throw new SourceError('encoding-error', 'invalid byte 0x92 at offset 12');
      },
    };
    const report = await validate(source, { schema });
    expect(report.valid).toBe(false);
    expect(report.tasks[0].errors[0]).toMatchObject({ type: 'encoding-error', note: 'invalid byte 0x92 at offset 12', tags: ['#file'] });
  });

  it('reports an invalid schema as a schema-error', async () => {
    const report = await validate(memorySource('a\n1\n'), { schema: { fields: [{ name: 'a', type: 'entier' }] } });
    expect(report.tasks[0].errors[0]).toMatchObject({ type: 'schema-error' });
    expect(report.tasks[0].errors[0].message).toContain('type inconnu « entier »');
  });

  describe('custom checks', () => {
    const definition: ErrorDefinition = {
      type: 'nom-interdit',
      title: { fr: 'Nom interdit', en: 'Forbidden name' },
      description: { fr: 'Ce nom est interdit.', en: 'This name is forbidden.' },
      template: { fr: 'Ligne {rowNumber} : le nom « {cell} » est interdit', en: 'Row {rowNumber}: name "{cell}" is forbidden' },
      hint: { fr: 'Choisissez un autre nom.', en: 'Choose another name.' },
      tags: ['#table', '#row', '#cell'],
    };
    const forbidden: CheckFactory = {
      name: 'forbidden-name',
      definitions: [definition],
      create: (params) => ({
        validateRow(row, context) {
          if (row.raw('nom') === params.value) {
            context.emit(definition, { note: '', rowNumber: row.rowNumber, fieldName: 'nom', fieldNumber: row.fieldNumber('nom'), cell: row.raw('nom') }, params.severity as 'error' | 'warning');
          }
        },
      }),
    };

    it('runs the schema custom_checks and keeps warnings apart from errors', async () => {
      const withCheck = { ...schema, custom_checks: [{ name: 'forbidden-name', params: { value: 'zz', severity: 'warning' } }] };
      const report = await validate(memorySource('id,nom,date\n1,zz,2024-01-01\n'), { schema: withCheck, checks: [forbidden] });
      expect(report.valid).toBe(true);
      expect(report.stats.warnings).toBe(1);
      expect(report.tasks[0].warnings[0]).toMatchObject({ type: 'nom-interdit', severity: 'warning', rowNumber: 2, message: 'Ligne 2 : le nom « zz » est interdit' });
      const text = summarizeText(report);
      expect(text).toContain('[Avertissement] Nom interdit — colonne « nom »');
      expect(text).toContain('Choisissez un autre nom.');
    });

    it('reports an unknown custom check as a check-error', async () => {
      const report = await validate(memorySource('id,nom,date\n1,a,2024-01-01\n'), { schema: { ...schema, custom_checks: [{ name: 'absent' }] } });
      expect(report.tasks[0].errors[0]).toMatchObject({ type: 'check-error' });
      expect(report.tasks[0].errors[0].message).toContain('« absent »');
    });
  });

  it('gives custom checks and onRow cast values (dates as Date)', async () => {
    const seen: unknown[] = [];
    await validate(memorySource('id,nom,date\n1,a,2024-01-31\n'), { schema, onRow: (row, rowNumber, valid) => seen.push([row, rowNumber, valid]) });
    expect(seen).toEqual([[{ id: 1, nom: 'a', date: new Date(Date.UTC(2024, 0, 31)) }, 2, true]]);
  });

  it('summarises errors per type and column with an example and a hint', async () => {
    const report = await validate(memorySource('id,nom,date\n1,a,31/01/2024\n2,b,01/02/2024\n'), { schema });
    const summary = summarize(report);
    expect(summary.items).toHaveLength(1);
    expect(summary.items[0]).toMatchObject({ type: 'type-error', fieldName: 'date', count: 2, rows: 2, example: { rowNumber: 2, value: '31/01/2024' } });
    expect(summary.items[0].hint).toContain('AAAA-MM-JJ');
  });
});

describe('French wording', () => {
  it('says a required cell is missing, and a wrong value which rule it breaks', async () => {
    const schema = { fields: [{ name: 'nom', constraints: { required: true } }, { name: 'statut', constraints: { enum: ['ouvert', 'ferme'] } }] };
    const report = await validate(memorySource('nom,statut\n,OUVERT\n'), { schema });
    expect(report.tasks[0].errors.map((error) => error.message)).toEqual([
      'Ligne 2, colonne « nom » : valeur obligatoire manquante',
      'Ligne 2, colonne « statut » : la valeur « OUVERT » ne respecte pas la règle : valeurs autorisées : « ouvert », « ferme »',
    ]);
    expect(summarizeText(report)).toContain("Comment corriger : Corrigez les valeurs pour qu'elles respectent la règle : valeurs autorisées : « ouvert », « ferme ».");
  });
});

describe('summary of a truncated report', () => {
  it('gives exact counts per type, spread over the columns seen', async () => {
    const schema = { fields: [{ name: 'a', type: 'integer' }, { name: 'b', type: 'integer' }] };
    const rows = Array.from({ length: 40 }, () => 'x,y').join('\n');
    const report = await validate(memorySource(`a,b\n${rows}\n`), { schema, maxErrors: 10 });
    const summary = summarize(report);
    expect(summary.truncated).toBe(true);
    expect(summary.errors).toBe(80);
    expect(summary.items.map((item) => [item.fieldName, item.count])).toEqual([['a', 40], ['b', 40]]);
    expect(summarizeText(report)).toContain('Seules les premières erreurs sont détaillées');
  });
});

describe('schema problems', () => {
  it('refuses a constraint the field type does not support, as frictionless does', async () => {
    const report = await validate(memorySource('n\n1\n'), { schema: { fields: [{ name: 'n', type: 'integer', constraints: { pattern: '[0-9]+' } }] } });
    expect(report.tasks[0].errors[0]).toMatchObject({ type: 'schema-error' });
    expect(report.tasks[0].errors[0].message).toContain('la contrainte « pattern » n\'est pas possible pour le type « integer »');
  });

  it('refuses a constraint value that is not of the field type', async () => {
    const report = await validate(memorySource('d\n2024-01-01\n'), { schema: { fields: [{ name: 'd', type: 'date', constraints: { minimum: '01/01/2020' } }] } });
    expect(report.tasks[0].errors[0].message).toContain('la contrainte « minimum » du champ « d » (« 01/01/2020 ») n\'est pas du type date');
  });

  it.each([
    [{ type: 'string', constraints: { maxLength: '5' } }, 'la contrainte « maxLength » du champ « n » doit être un entier positif ou nul (« 5 »)'],
    [{ type: 'string', constraints: { minLength: -1 } }, 'la contrainte « minLength » du champ « n » doit être un entier positif ou nul (« -1 »)'],
    [{ type: 'string', constraints: { pattern: 5 } }, 'la contrainte « pattern » du champ « n » doit être une expression régulière (texte) (« 5 »)'],
    [{ type: 'string', constraints: { pattern: '[0-9' } }, 'contraintes du champ « n » invalides'],
    [{ type: 'integer', constraints: { maximum: true } }, 'la contrainte « maximum » du champ « n » doit être un nombre, ou une valeur du type du champ (« True »)'],
    [{ type: 'string', constraints: { enum: 'a' } }, 'la contrainte « enum » du champ « n » doit être une liste'],
  ])('refuses a malformed constraint value (%j) as a schema-error', async (field, message) => {
    const report = await validate(memorySource('n\n1\n'), { schema: { fields: [{ name: 'n', ...field }] } });
    expect(report.tasks[0].errors).toHaveLength(1);
    expect(report.tasks[0].errors[0]).toMatchObject({ type: 'schema-error' });
    expect(report.tasks[0].errors[0].message).toContain(message);
  });
});
