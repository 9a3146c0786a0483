import { currentCommuneOf, isCedexLike, isPostalCodeOfCommune, postalCodesOfCommune } from '@maillage/territories';
import type { CheckFactory, LocalizedText } from '../../core/contracts';
import { defineCellError, emitAtCell, requireString } from './support';

const NAME = 'french-postal-code-commune';

const inconsistent = defineCellError(NAME, {
  title: { fr: 'Code postal incohérent avec la commune', en: 'Postal code inconsistent with the commune' },
  description: {
    fr: 'Le code postal doit desservir la commune indiquée par son code INSEE (base officielle des codes postaux).',
    en: 'The postal code must serve the commune given by its INSEE code (official postal code base).',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : le code postal « {cell} » ne correspond pas à la commune {communeCode} ({communeName}) : {note}.',
    en: 'Row {rowNumber}, field "{fieldName}": postal code "{cell}" does not match commune {communeCode} ({communeName}): {note}.',
  },
  hint: {
    fr: 'Corrigez le code postal ou le code INSEE : l’un des deux désigne une autre commune.',
    en: 'Fix the postal code or the INSEE code: one of them designates another commune.',
  },
});

const cedex = defineCellError(`${NAME}-cedex`, {
  title: { fr: 'Code postal CEDEX ou spécial', en: 'CEDEX or special postal code' },
  description: {
    fr: 'Le code postal ne dessert aucune commune mais appartient au département : un code CEDEX (courrier d’entreprise) ou un code particulier, pas l’adresse où le public est reçu.',
    en: 'The postal code serves no commune but belongs to the département: a CEDEX (business mail) or special code, not the address where the public is received.',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : « {cell} » est un code CEDEX ou particulier ; le code postal de l’adresse d’accueil de {communeName} est {note}.',
    en: 'Row {rowNumber}, field "{fieldName}": "{cell}" is a CEDEX or special code; the postal code of {communeName}’s reception address is {note}.',
  },
  hint: {
    fr: 'Indiquez le code postal de l’adresse physique d’accueil du public (gardez le CEDEX pour le courrier).',
    en: 'Give the postal code of the physical address where the public is received.',
  },
});

function listOf(postalCodes: readonly string[], locale: 'fr' | 'en'): string {
  if (postalCodes.length === 0) return locale === 'fr' ? '(inconnu)' : '(unknown)';
  const shown = postalCodes.slice(0, 5).join(', ');
  return postalCodes.length > 5 ? `${shown}…` : shown;
}

function inconsistencyNote(postalCode: string, communeCode: string, expected: string): LocalizedText {
  if (/^980\d{2}$/.test(postalCode)) return { fr: `c’est un code postal de Monaco, hors du champ du schéma (codes de la commune : ${expected})`, en: `it is a postal code of Monaco, outside the schema’s scope (the commune’s codes: ${expected})` };
  if (postalCode === '09920') return { fr: 'c’est le code postal de La Poste pour Andorre, hors du champ du schéma', en: 'it is La Poste’s postal code for Andorra, outside the schema’s scope' };
  if (postalCode === communeCode) return { fr: `c’est le code INSEE de la commune, pas son code postal (${expected})`, en: `it is the commune’s INSEE code, not its postal code (${expected})` };
  if (!/^\d{5}$/.test(postalCode)) return { fr: `5 chiffres attendus ; codes postaux de la commune : ${expected}`, en: `5 digits expected; the commune’s postal codes: ${expected}` };
  return { fr: `codes postaux de la commune : ${expected}`, en: `the commune’s postal codes: ${expected}` };
}

export const frenchPostalCodeCommune: CheckFactory = {
  name: NAME,
  definitions: [inconsistent, cedex],
  create(params) {
    const postalCodeField = requireString(params, 'postal_code_field', NAME);
    const communeCodeField = requireString(params, 'commune_code_field', NAME);
    return {
      validateRow(row, context) {
        const postalCode = row.raw(postalCodeField);
        const communeCode = row.raw(communeCodeField);
        if (postalCode === '' || communeCode === '' || isPostalCodeOfCommune(postalCode, communeCode)) return;
        // An unknown commune code is french-commune-code-value's to report.
        const commune = currentCommuneOf(communeCode);
        if (!commune) return;
        const expected = listOf(postalCodesOfCommune(commune.code), context.locale);
        const params = { communeCode: commune.code, communeName: commune.name };
        if (isCedexLike(postalCode, commune.code) && postalCode !== communeCode) {
          emitAtCell(context, cedex, row, postalCodeField, { fr: expected, en: expected }, params, 'warning');
        } else {
          emitAtCell(context, inconsistent, row, postalCodeField, inconsistencyNote(postalCode, communeCode, expected), params);
        }
      },
    };
  },
};
