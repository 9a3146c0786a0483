import type { SiteEvent } from '../../review/diff/events';
import { frenchDate } from './french-dates';

/** The French words of each event in the change feed. */
const HEADINGS: Readonly<Record<SiteEvent['kind'], string>> = {
  opened: 'Ouverture',
  reopened: 'Réouverture',
  closed: 'Fermeture',
  planned_opening: 'Ouverture prévue',
  planned_closure: 'Fermeture prévue',
  moved: 'Déménagement',
  reclassified: 'Changement de type',
  replaced: 'Remplacement',
  regeocoded: 'Nouvelles coordonnées',
  removal_to_confirm: 'Retrait à confirmer',
};

export const INFERRED_CLOSURE_TEXT = 'fermeture constatée par absence dans la liste publiée';

/** The French heading of an event: « Fermeture », « Changement de catégorie »… */
export function eventHeading(event: SiteEvent): string {
  return event.kind === 'reclassified' && categoryChanged(event) ? 'Changement de catégorie' : HEADINGS[event.kind];
}

/** « Fermeture : Bureau de poste de Tournon-sur-Rhône (07) ». */
export function eventTitle(event: SiteEvent): string {
  const place = event.departement ? ` (${event.departement})` : '';
  if (event.kind === 'replaced') {
    return `${HEADINGS.replaced} : ${event.siteName} remplacé par ${event.relatedSiteName ?? event.relatedSiteId}${place}`;
  }
  return `${eventHeading(event)} : ${event.siteName}${place}`;
}

/** One or two sentences saying what happened, when, and how it is known. */
export function eventSummary(event: SiteEvent): string {
  const details = event.details;
  const on = (date: unknown) => (typeof date === 'string' && date ? ` le ${frenchDate(date)}` : '');
  switch (event.kind) {
    case 'opened':
      return event.date ? `Ouvert${on(event.date)}.` : 'Nouveau site dans la liste publiée.';
    case 'reopened':
      return `Site de nouveau ouvert${on(event.date)}.`;
    case 'closed':
      if (event.inferred) return `Absent de la liste publiée${on(event.date)} : ${INFERRED_CLOSURE_TEXT}.`;
      return event.date ? `Fermeture déclarée par le producteur, effective${on(event.date)}.` : 'Fermeture déclarée par le producteur.';
    case 'planned_opening':
      return `Ouverture prévue${on(event.date) || ' (date non précisée)'}${previously(details['previousDate'])}.`;
    case 'planned_closure':
      return `Fermeture prévue${on(event.date) || ' (date non précisée)'}${previously(details['previousDate'])}.`;
    case 'moved':
      return `Nouvelle adresse : ${address(details['address'], details['commune'])} (auparavant : ${address(details['previousAddress'], details['previousCommune'])})${distance(details['distanceMeters'])}.`;
    case 'reclassified':
      return categoryChanged(event)
        ? `Catégorie : ${label(details['previousCategorie'])} → ${label(details['categorie'])}.`
        : `Type : ${label(details['previousTypeSite'])} → ${label(details['typeSite'])}.`;
    case 'replaced':
      return `${event.relatedSiteName ?? event.relatedSiteId} (${label(details['typeSite'])}) remplace ${event.siteName} (${label(details['previousTypeSite'])}), ${
        details['matchedBy'] === 'address' ? 'à la même adresse' : `à ${details['distanceMeters']} m`
      }.`;
    case 'regeocoded':
      return `Coordonnées corrigées (écart de ${details['distanceMeters']} m), adresse inchangée.`;
    case 'removal_to_confirm':
      return 'Absent de la nouvelle liste : retrait à confirmer lors de la revue.';
  }
}

function categoryChanged(event: SiteEvent): boolean {
  return event.details['previousCategorie'] !== event.details['categorie'];
}

function previously(date: unknown): string {
  return typeof date === 'string' && date ? ` (auparavant prévue le ${frenchDate(date)})` : '';
}

function address(street: unknown, commune: unknown): string {
  return [street, commune].filter((part) => typeof part === 'string' && part).join(', ') || 'non renseignée';
}

function distance(meters: unknown): string {
  return typeof meters === 'number' && meters > 0 ? `, à ${meters} m` : '';
}

/** A schema code as words: 'agence_postale_communale' → 'agence postale communale'. */
function label(code: unknown): string {
  return typeof code === 'string' && code ? code.replace(/_/g, ' ') : 'non renseigné';
}
