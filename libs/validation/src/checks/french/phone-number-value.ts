import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CheckFactory, LocalizedText } from '../../core/contracts';
import { defineCellError, emitAtCell, requireString } from './support';

const NAME = 'phone-number-value';

const invalidPhone = defineCellError(NAME, {
  title: { fr: 'Numéro de téléphone invalide', en: 'Invalid phone number' },
  description: {
    fr: 'Le numéro doit être un numéro français valide (métropole ou outre-mer), au format national (01 23 45 67 89) ou international (+33 1 23 45 67 89), le numéro direct du site.',
    en: 'The number must be a valid French number (metropolitan or overseas), national or international format, the site’s direct number.',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : « {cell} » n’est pas un numéro de téléphone valide ({note}).',
    en: 'Row {rowNumber}, field "{fieldName}": "{cell}" is not a valid phone number ({note}).',
  },
  hint: {
    fr: 'Indiquez un seul numéro, à 10 chiffres commençant par 0, ou au format +33 / +590 / +262…',
    en: 'Give one number, 10 digits starting with 0, or in +33 / +590 / +262… format.',
  },
});

const shortNumber = defineCellError(`${NAME}-short-number`, {
  title: { fr: 'Numéro court national', en: 'National short number' },
  description: {
    fr: 'Un numéro court (3631, 39 49, 32 30…) est celui du service national, pas celui du site : le schéma demande le numéro direct du site, ou rien.',
    en: 'A short number (3631, 39 49, 32 30…) reaches the national service, not the site: the schema asks for the site’s direct number, or nothing.',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : « {cell} » est un numéro court national, pas le numéro direct du site.',
    en: 'Row {rowNumber}, field "{fieldName}": "{cell}" is a national short number, not the site’s direct number.',
  },
  hint: { fr: 'Indiquez le numéro direct du site, ou laissez la case vide.', en: 'Give the site’s direct number, or leave the cell empty.' },
});

/** France's numbering plan: metropolitan France, the DROM, and the collectivities that share the French plan. */
const FRENCH_PLAN: ReadonlySet<string> = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'WF', 'PF', 'NC']);
/** A national "0590…" number is Guadeloupe's, not metropolitan France's: libphonenumber needs the region to say so. */
const OVERSEAS_REGIONS: readonly CountryCode[] = ['GP', 'MQ', 'GF', 'RE', 'YT', 'PM'];
const SEPARATORS = /[\s.\-()\u00a0]/g;
/** What a single number may hold once separators are gone: libphonenumber would otherwise pick a number out of any text. */
const DIALABLE = /^\+?\d+$/;
/** Short service numbers (La Poste 3631, DGFiP 3949, CAF 32 30): four digits starting with 1 or 3. Real, but not the site's. */
const SHORT_NUMBER = /^[13]\d{3}$/;
const CACHE_LIMIT = 20_000;

type Verdict = 'valid' | 'short' | 'invalid';

/** A ten-digit national number (or +33 followed by nine digits), the form nearly every cell takes. */
const NATIONAL = /^(?:0|\+33|0033)([1-9]\d{8})$/;
/**
 * Whether a French or DROM number is valid depends only on its leading digits (libphonenumber's patterns read at
 * most five after the trunk 0): verdicts are shared by numbers starting alike, so libphonenumber runs once per prefix.
 */
const PREFIX_LENGTH = 5;
/** Shared by every validation: a prefix's verdict never changes, and there are at most 100,000 of them. */
const verdictsByPrefix = new Map<string, Verdict>();

function isFrenchNumber(digits: string): boolean {
  const parsed = parsePhoneNumberFromString(digits, 'FR');
  if (parsed?.isValid()) return parsed.country !== undefined && FRENCH_PLAN.has(parsed.country);
  if (!digits.startsWith('0') || digits.startsWith('00')) return false;
  return OVERSEAS_REGIONS.some((region) => parsePhoneNumberFromString(digits, region)?.isValid() === true);
}

function explain(text: string, digits: string): LocalizedText {
  if (/[;,/|]|\bou\b/.test(text) && digits.replace(/\D/g, '').length > 12) return { fr: 'un seul numéro attendu', en: 'one number expected' };
  if (/[a-zA-Z]/.test(digits)) return { fr: 'lettres dans le numéro', en: 'letters in the number' };
  const parsed = parsePhoneNumberFromString(digits, 'FR');
  if (parsed?.isValid() && parsed.country && !FRENCH_PLAN.has(parsed.country)) {
    return { fr: `numéro étranger (${parsed.country}, +${parsed.countryCallingCode})`, en: `foreign number (${parsed.country}, +${parsed.countryCallingCode})` };
  }
  const count = digits.replace(/\D/g, '').length;
  if (digits.startsWith('0') && !digits.startsWith('00') && count !== 10) return { fr: `${count} chiffres au lieu de 10`, en: `${count} digits instead of 10` };
  return { fr: 'numéro inexistant dans le plan de numérotation français', en: 'number not in the French numbering plan' };
}

export const phoneNumberValue: CheckFactory = {
  name: NAME,
  definitions: [invalidPhone, shortNumber],
  create(params) {
    const column = requireString(params, 'column', NAME);
    const otherVerdicts = new Map<string, Verdict>();

    function judgeOther(digits: string): Verdict {
      let verdict = otherVerdicts.get(digits);
      if (verdict === undefined) {
        verdict = DIALABLE.test(digits) && isFrenchNumber(digits) ? 'valid' : 'invalid';
        if (otherVerdicts.size < CACHE_LIMIT) otherVerdicts.set(digits, verdict);
      }
      return verdict;
    }

    function judge(digits: string): Verdict {
      if (SHORT_NUMBER.test(digits)) return 'short';
      const national = NATIONAL.exec(digits);
      if (national === null) return judgeOther(digits);
      const prefix = national[1].slice(0, PREFIX_LENGTH);
      let verdict = verdictsByPrefix.get(prefix);
      if (verdict === undefined) {
        verdict = isFrenchNumber(`0${national[1]}`) ? 'valid' : 'invalid';
        verdictsByPrefix.set(prefix, verdict);
      }
      return verdict;
    }

    return {
      validateRow(row, context) {
        const text = row.raw(column);
        if (text === '') return;
        const verdict = judge(text.replace(SEPARATORS, ''));
        if (verdict === 'short') emitAtCell(context, shortNumber, row, column, { fr: '', en: '' }, undefined, 'warning');
        else if (verdict === 'invalid') emitAtCell(context, invalidPhone, row, column, explain(text, text.replace(SEPARATORS, '')));
      },
    };
  },
};
