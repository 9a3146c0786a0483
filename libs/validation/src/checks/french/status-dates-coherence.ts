import type { CheckFactory, LocalizedText } from '../../core/contracts';
import { dayNumber, defineRowError, emitAtCell, frenchDayNumber, isoDateOfDay, requireString } from './support';

const NAME = 'status-dates-coherence';

const incoherent = defineRowError(NAME, {
  title: { fr: 'Statut incohérent avec les dates', en: 'Status inconsistent with dates' },
  description: {
    fr: 'Le statut du site (ouvert, ouverture_prevue, fermeture_prevue, ferme) doit s’accorder avec ses dates d’ouverture et de fermeture à la date de la validation.',
    en: 'The site’s status must agree with its opening and closing dates on the day of validation.',
  },
  template: {
    fr: 'Ligne {rowNumber} : statut « {status} » incohérent au {today} : {note}.',
    en: 'Row {rowNumber}: status "{status}" inconsistent on {today}: {note}.',
  },
  hint: {
    fr: 'Mettez à jour le statut ou la date : un site fermé a une date de fermeture passée, un site à ouvrir une date d’ouverture future.',
    en: 'Update the status or the date: a closed site has a past closing date, a site to open a future opening date.',
  },
});

type Problem = { field: 'opening' | 'closing'; note: LocalizedText };

function problemOf(status: string, opening: number | undefined, closing: number | undefined, today: number): Problem | undefined {
  switch (status) {
    case 'ouvert':
      if (opening !== undefined && opening > today) return { field: 'opening', note: { fr: 'la date d’ouverture est à venir (statut attendu : ouverture_prevue)', en: 'the opening date is in the future (expected status: ouverture_prevue)' } };
      if (closing !== undefined && closing <= today) return { field: 'closing', note: { fr: 'la date de fermeture est passée (statut attendu : ferme)', en: 'the closing date has passed (expected status: ferme)' } };
      return undefined;
    case 'ouverture_prevue':
      if (opening === undefined) return { field: 'opening', note: { fr: 'la date d’ouverture prévue manque', en: 'the planned opening date is missing' } };
      if (opening <= today) return { field: 'opening', note: { fr: 'la date d’ouverture est passée (statut attendu : ouvert)', en: 'the opening date has passed (expected status: ouvert)' } };
      return undefined;
    case 'fermeture_prevue':
      if (closing === undefined) return { field: 'closing', note: { fr: 'la date de fermeture prévue manque', en: 'the planned closing date is missing' } };
      if (closing <= today) return { field: 'closing', note: { fr: 'la date de fermeture est passée (statut attendu : ferme)', en: 'the closing date has passed (expected status: ferme)' } };
      return undefined;
    case 'ferme':
      if (closing === undefined) return { field: 'closing', note: { fr: 'la date de fermeture manque', en: 'the closing date is missing' } };
      if (closing > today) return { field: 'closing', note: { fr: 'la date de fermeture est à venir (statut attendu : fermeture_prevue)', en: 'the closing date is in the future (expected status: fermeture_prevue)' } };
      return undefined;
    default:
      return undefined;
  }
}

export const statusDatesCoherence: CheckFactory = {
  name: NAME,
  definitions: [incoherent],
  create(params) {
    const statusField = requireString(params, 'status_field', NAME);
    const openingField = requireString(params, 'opening_date_field', NAME);
    const closingField = requireString(params, 'closing_date_field', NAME);
    let today: number | undefined;
    let todayText = '';
    return {
      validateStart(context) {
        today = frenchDayNumber(context.now);
        todayText = isoDateOfDay(today);
      },
      validateRow(row, context) {
        const status = row.raw(statusField);
        if (status === '') return;
        if (today === undefined) {
          today = frenchDayNumber(context.now);
          todayText = isoDateOfDay(today);
        }
        const opening = dayNumber(row.value(openingField));
        const closing = dayNumber(row.value(closingField));
        // A date that failed its type is reported by the engine; judging the status without it would mislead.
        if ((opening === undefined && row.raw(openingField) !== '') || (closing === undefined && row.raw(closingField) !== '')) return;
        const problem = problemOf(status, opening, closing, today);
        if (!problem) return;
        const field = problem.field === 'opening' ? openingField : closingField;
        emitAtCell(context, incoherent, row, field, problem.note, { status, today: todayText });
      },
    };
  },
};
