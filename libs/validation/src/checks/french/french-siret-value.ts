import type { CheckFactory } from '../../core/contracts';
import { defineCellError, emitAtCell, requireString } from './support';

const NAME = 'french-siret-value';

const invalidSiret = defineCellError(NAME, {
  title: { fr: 'SIRET ou SIREN invalide', en: 'Invalid SIRET or SIREN' },
  description: {
    fr: "Un SIRET compte 14 chiffres (un SIREN 9) et sa clé de contrôle (algorithme de Luhn) doit être juste.",
    en: 'A SIRET has 14 digits (a SIREN 9) and a valid check digit (Luhn algorithm).',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : « {cell} » n’est pas un {kind} valide ({note}).',
    en: 'Row {rowNumber}, field "{fieldName}": "{cell}" is not a valid {kind} ({note}).',
  },
  hint: {
    fr: "Recopiez le numéro depuis l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr), sans espace ni point.",
    en: 'Copy the number from annuaire-entreprises.data.gouv.fr, without spaces or dots.',
  },
});

/**
 * La Poste's thousands of establishments share SIREN 356000000, more than Luhn's key leaves room for: INSEE accepts
 * their SIRET when the digits add up to a multiple of 5 (the head office, 35600000000048, passes Luhn).
 */
const LA_POSTE_SIREN = '356000000';

function luhnSum(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) sum += digits.charCodeAt(index) - 48;
  return sum;
}

export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 === 0) return true;
  return luhnSum(value) % 10 === 0;
}

export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnSum(value) % 10 === 0;
}

export const frenchSiretValue: CheckFactory = {
  name: NAME,
  definitions: [invalidSiret],
  create(params) {
    const column = requireString(params, 'column', NAME);
    const isSiren = params['kind'] === 'siren';
    const length = isSiren ? 9 : 14;
    const kind = isSiren ? 'SIREN' : 'SIRET';
    const isValid = isSiren ? isValidSiren : isValidSiret;
    const pattern = isSiren ? /^\d{9}$/ : /^\d{14}$/;
    return {
      validateRow(row, context) {
        const value = row.raw(column);
        if (value === '' || isValid(value)) return;
        const note = pattern.test(value)
          ? { fr: 'clé de contrôle fausse : un chiffre est probablement erroné ou inversé', en: 'wrong check digit: a digit is probably wrong or swapped' }
          : /^[\d\s.]+$/.test(value) && value.replace(/[\s.]/g, '').length === length
            ? { fr: 'retirez les espaces et les points', en: 'remove spaces and dots' }
            : { fr: `${length} chiffres attendus, ${value.length} caractères trouvés`, en: `${length} digits expected, ${value.length} characters found` };
        emitAtCell(context, invalidSiret, row, column, note, { kind });
      },
    };
  },
};
