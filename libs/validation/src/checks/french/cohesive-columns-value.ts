import type { CheckFactory } from '../../core/contracts';
import { defineRowError, emitAtCell, requireString, requireStringList } from './support';

const NAME = 'cohesive-columns-value';

const partiallyFilled = defineRowError(NAME, {
  title: { fr: 'Colonnes à remplir ensemble', en: 'Columns to fill together' },
  description: {
    fr: 'Ces colonnes vont ensemble : toutes remplies ou toutes vides.',
    en: 'These columns go together: all filled or all empty.',
  },
  template: {
    fr: 'Ligne {rowNumber} : les colonnes {columns} doivent être toutes remplies ou toutes vides ; {note}.',
    en: 'Row {rowNumber}: columns {columns} must be all filled or all empty; {note}.',
  },
  hint: { fr: 'Complétez les colonnes vides, ou videz les autres.', en: 'Fill the empty columns, or empty the others.' },
});

export const cohesiveColumnsValue: CheckFactory = {
  name: NAME,
  definitions: [partiallyFilled],
  create(params) {
    const column = requireString(params, 'column', NAME);
    const otherColumns = requireStringList(params, 'othercolumns', NAME);
    const allColumns = [column, ...otherColumns];
    const columnsText = allColumns.map((name) => `« ${name} »`).join(', ');
    return {
      validateRow(row, context) {
        let filled = 0;
        for (const name of allColumns) if (row.raw(name) !== '') filled++;
        if (filled === 0 || filled === allColumns.length) return;
        const empty = allColumns.filter((name) => row.raw(name) === '');
        const list = empty.map((name) => `« ${name} »`).join(', ');
        const note = { fr: `vide(s) : ${list}`, en: `empty: ${list}` };
        emitAtCell(context, partiallyFilled, row, empty[0], note, { columns: columnsText });
      },
    };
  },
};
