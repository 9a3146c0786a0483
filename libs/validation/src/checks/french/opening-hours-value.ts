import OpeningHours from 'opening_hours';
import type { CheckFactory, Locale } from '../../core/contracts';
import { defineCellError, emitAtCell, requireString } from './support';

const NAME = 'opening-hours-value';

const invalidHours = defineCellError(NAME, {
  title: { fr: 'Horaires illisibles', en: 'Unreadable opening hours' },
  description: {
    fr: 'Les horaires doivent suivre la syntaxe opening_hours d’OpenStreetMap, par exemple « Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00 ».',
    en: 'Opening hours must follow OpenStreetMap’s opening_hours syntax, e.g. "Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00".',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : horaires « {cell} » illisibles : {note}.',
    en: 'Row {rowNumber}, field "{fieldName}": opening hours "{cell}" cannot be read: {note}.',
  },
  hint: {
    fr: 'Écrivez les jours en abréviations anglaises (Mo Tu We Th Fr Sa Su), les heures en HH:MM, les plages d’un même jour séparées par une virgule et les règles par un point-virgule ; l’assistant https://projets.pavie.info/yohours/ aide à les composer.',
    en: 'Write days as Mo Tu We Th Fr Sa Su, hours as HH:MM, ranges of a day separated by commas and rules by semicolons.',
  },
});

const dubiousHours = defineCellError(`${NAME}-warning`, {
  title: { fr: 'Horaires ambigus', en: 'Ambiguous opening hours' },
  description: {
    fr: 'Les horaires se lisent, mais d’une façon qui n’est probablement pas celle voulue.',
    en: 'The opening hours can be read, but probably not the way intended.',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : horaires « {cell} » ambigus : {note}.',
    en: 'Row {rowNumber}, field "{fieldName}": ambiguous opening hours "{cell}": {note}.',
  },
  hint: { fr: 'Réécrivez-les comme le suggère le message.', en: 'Rewrite them as the message suggests.' },
});

interface Verdict {
  severity: 'error' | 'warning';
  note: string;
}

/** The parser writes `<text read so far> <--- (<message>)`: keep the message and where it stopped. */
function summarize(parserMessage: string, locale: Locale): string {
  const match = /^([\s\S]*?)\s*<---\s*\(([\s\S]*)\)\s*$/.exec(parserMessage.trim());
  if (!match) return parserMessage.trim();
  const [, readSoFar, message] = match;
  if (!readSoFar) return message;
  return locale === 'en' ? `${message} (after "${readSoFar}")` : `${message} (après « ${readSoFar} »)`;
}

/** Time-range mode (the default) for opening_hours; the parser's messages in the report's language ('fr' is built in). */
function parserOptions(locale: Locale) {
  return { locale, mode: undefined, tag_key: undefined, map_value: undefined, warnings_severity: undefined };
}

/** Parsing costs about 0.4 ms: verdicts are remembered per distinct text, which repeats a lot in real files. */
const CACHE_LIMIT = 20_000;

export const openingHoursValue: CheckFactory = {
  name: NAME,
  definitions: [invalidHours, dubiousHours],
  create(params) {
    const column = requireString(params, 'column', NAME);
    const verdicts = new Map<string, Verdict | null>();

    function judge(text: string, locale: Locale): Verdict | null {
      try {
        const warnings = new OpeningHours(text, null, parserOptions(locale)).getWarnings();
        return warnings.length === 0 ? null : { severity: 'warning', note: summarize(warnings[0], locale) };
      } catch (error) {
        return { severity: 'error', note: summarize(String(error instanceof Error ? error.message : error), locale) };
      }
    }

    return {
      validateRow(row, context) {
        const text = row.raw(column);
        if (text === '') return;
        let verdict = verdicts.get(text);
        if (verdict === undefined) {
          verdict = judge(text, context.locale);
          if (verdicts.size < CACHE_LIMIT) verdicts.set(text, verdict);
        }
        if (verdict === null) return;
        const definition = verdict.severity === 'error' ? invalidHours : dubiousHours;
        emitAtCell(context, definition, row, column, { fr: verdict.note, en: verdict.note }, undefined, verdict.severity);
      },
    };
  },
};
