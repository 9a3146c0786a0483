import type { CheckFactory, LocalizedText } from '../../core/contracts';
import { defineRowError, emitAtCell, requireString } from './support';

const NAME = 'compare-columns-value';

const failedComparison = defineRowError(NAME, {
  title: { fr: 'Comparaison de colonnes non respectée', en: 'Column comparison not met' },
  description: {
    fr: 'Quand les deux colonnes sont remplies, la valeur de la première doit se comparer à celle de la seconde comme le schéma l’exige.',
    en: 'When both columns are filled, the first value must compare to the second as the schema requires.',
  },
  template: {
    fr: 'Ligne {rowNumber} : « {fieldName} » ({cell}) {note}.',
    en: 'Row {rowNumber}: "{fieldName}" ({cell}) {note}.',
  },
  hint: { fr: 'Corrigez l’une des deux valeurs (dates ou nombres inversés ?).', en: 'Fix one of the two values (swapped dates or numbers?).' },
});

type Operator = '>' | '>=' | '<' | '<=' | '==' | '!=';

const OPERATOR_TEXT: Record<Operator, LocalizedText> = {
  '>': { fr: 'devrait être supérieure à', en: 'should be greater than' },
  '>=': { fr: 'devrait être supérieure ou égale à', en: 'should be greater than or equal to' },
  '<': { fr: 'devrait être inférieure à', en: 'should be less than' },
  '<=': { fr: 'devrait être inférieure ou égale à', en: 'should be less than or equal to' },
  '==': { fr: 'devrait être égale à', en: 'should equal' },
  '!=': { fr: 'devrait être différente de', en: 'should differ from' },
};

/** Validata compares floats with a tolerance so that 0.1 + 0.2 equals 0.3. */
const EPSILON = 1e-9;

/** Numbers, dates (Date or ISO text) and times compare; anything else is not comparable. */
function comparable(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?|^\d{2}:\d{2}/.test(value)) return value;
  return undefined;
}

function holds(operator: Operator, left: number | string, right: number | string): boolean {
  const difference = typeof left === 'number' && typeof right === 'number' ? left - right : left < right ? -1 : left > right ? 1 : 0;
  const equal = Math.abs(difference) <= EPSILON;
  switch (operator) {
    case '>':
      return difference > EPSILON;
    case '>=':
      return difference > 0 || equal;
    case '<':
      return difference < -EPSILON;
    case '<=':
      return difference < 0 || equal;
    case '==':
      return equal;
    case '!=':
      return !equal;
  }
}

export const compareColumnsValue: CheckFactory = {
  name: NAME,
  definitions: [failedComparison],
  create(params) {
    const column = requireString(params, 'column', NAME);
    const column2 = requireString(params, 'column2', NAME);
    const operator = requireString(params, 'op', NAME) as Operator;
    if (!(operator in OPERATOR_TEXT)) {
      throw new Error(`Le contrôle « ${NAME} » attend pour « op » l’un de ${Object.keys(OPERATOR_TEXT).join(' ')}, et non « ${operator} ».`);
    }
    return {
      validateRow(row, context) {
        const left = row.value(column);
        const right = row.value(column2);
        if (left === null || left === undefined || right === null || right === undefined) return;
        const leftValue = comparable(left);
        const rightValue = comparable(right);
        const other = row.raw(column2);
        if (leftValue === undefined || rightValue === undefined || typeof leftValue !== typeof rightValue) {
          emitAtCell(context, failedComparison, row, column, { fr: `n’est pas comparable à « ${column2} » (${other})`, en: `cannot be compared with "${column2}" (${other})` });
        } else if (!holds(operator, leftValue, rightValue)) {
          const text = OPERATOR_TEXT[operator];
          emitAtCell(context, failedComparison, row, column, { fr: `${text.fr} « ${column2} » (${other})`, en: `${text.en} "${column2}" (${other})` });
        }
      },
    };
  },
};
