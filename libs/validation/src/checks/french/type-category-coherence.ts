import type { CheckFactory } from '../../core/contracts';
import { defineRowError, emitAtCell, requireString, requireStringRecord } from './support';

const NAME = 'type-category-coherence';

const mismatch = defineRowError(NAME, {
  title: { fr: 'Type de site incohérent avec la catégorie', en: 'Site type inconsistent with category' },
  description: {
    fr: 'Chaque type de site appartient à une seule catégorie (présence de l’État, établissement public, point de contact).',
    en: 'Each site type belongs to exactly one category (State presence, public establishment, contact point).',
  },
  template: {
    fr: 'Ligne {rowNumber} : le type « {type} » relève de la catégorie « {expected} », pas « {cell} ».',
    en: 'Row {rowNumber}: type "{type}" belongs to category "{expected}", not "{cell}".',
  },
  hint: { fr: 'Corrigez la catégorie (ou le type) du site.', en: 'Fix the site’s category (or type).' },
});

export const typeCategoryCoherence: CheckFactory = {
  name: NAME,
  definitions: [mismatch],
  create(params) {
    const typeField = requireString(params, 'type_field', NAME);
    const categoryField = requireString(params, 'category_field', NAME);
    const categoryOfType = new Map(Object.entries(requireStringRecord(params, 'types', NAME)));
    return {
      validateRow(row, context) {
        const type = row.raw(typeField);
        const category = row.raw(categoryField);
        if (type === '' || category === '') return;
        const expected = categoryOfType.get(type);
        // A type missing from the table is the enum constraint's to report.
        if (expected === undefined || expected === category) return;
        emitAtCell(context, mismatch, row, categoryField, { fr: '', en: '' }, { type, expected });
      },
    };
  },
};
