import type { ErrorDefinition } from '../../core/contracts';

const CELL = ['#table', '#row', '#cell'];

export const duplicateRow: ErrorDefinition = {
  type: 'duplicate-row',
  title: { fr: 'Ligne en double', en: 'Duplicate Row' },
  description: { fr: 'Cette ligne est identique à une ligne précédente.', en: 'The row is duplicated.' },
  template: { fr: 'La ligne {rowNumber} est identique à la ligne {match}', en: 'Row at position {rowNumber} is duplicated: {note}' },
  hint: { fr: 'Supprimez les lignes en double.', en: 'Delete duplicated rows.' },
  tags: ['#table', '#row'],
};

export const forbiddenValue: ErrorDefinition = {
  type: 'forbidden-value',
  title: { fr: 'Valeur interdite', en: 'Forbidden Value' },
  description: { fr: 'Cette valeur est interdite dans cette colonne.', en: 'The value is forbidden.' },
  template: { fr: 'Ligne {rowNumber}, colonne « {fieldName} » : la valeur « {cell} » est interdite', en: 'The cell {cell} in row at position {rowNumber} and field {fieldName} at position {fieldNumber} has an error: {note}' },
  hint: { fr: 'Remplacez la valeur interdite.', en: 'Replace the forbidden value.' },
  tags: CELL,
};

export const sequentialValue: ErrorDefinition = {
  type: 'sequential-value',
  title: { fr: 'Valeur non séquentielle', en: 'Sequential Value' },
  description: { fr: 'Les valeurs de cette colonne doivent se suivre (1, 2, 3…).', en: 'The value is not sequential.' },
  template: { fr: 'Ligne {rowNumber}, colonne « {fieldName} » : la valeur « {cell} » ne suit pas la précédente', en: 'The cell {cell} in row at position {rowNumber} and field {fieldName} at position {fieldNumber} has an error: {note}' },
  hint: { fr: 'Numérotez les lignes sans trou ni doublon.', en: 'Number the rows without gaps.' },
  tags: CELL,
};

export const truncatedValue: ErrorDefinition = {
  type: 'truncated-value',
  title: { fr: 'Valeur probablement tronquée', en: 'Truncated Value' },
  description: { fr: 'La valeur a une longueur ou une valeur typique d\'une troncature par un logiciel.', en: 'The value is possible truncated.' },
  template: { fr: 'Ligne {rowNumber}, colonne « {fieldName} » : la valeur semble tronquée', en: 'The cell {cell} in row at position {rowNumber} and field {fieldName} at position {fieldNumber} has an error: {note}' },
  hint: { fr: 'Vérifiez la valeur complète dans le logiciel d\'origine et réexportez.', en: 'Check the full value in the source software.' },
  tags: CELL,
};
