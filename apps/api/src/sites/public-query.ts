import { findDepartement, findEpci, findRegion } from '@maillage/territories';
import { invalidParameter } from '../publication/publication.exception';

export const LICENCE = {
  nom: 'Licence Ouverte / Open Licence version 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export const CATEGORIES = ['presence_etat', 'etablissement_public', 'point_de_contact'] as const;
export const STATUSES = ['ouvert', 'ouverture_prevue', 'fermeture_prevue', 'ferme'] as const;
export const EVENT_KINDS = ['opened', 'reopened', 'closed', 'planned_opening', 'planned_closure', 'moved', 'reclassified', 'replaced'] as const;

export interface TerritoryFilters {
  region?: string;
  departement?: string;
  epci?: string;
  commune?: string;
}

export interface SiteFilters extends TerritoryFilters {
  categorie?: string;
  type_site?: string;
  statut?: string;
  producteur?: string;
  near?: { latitude: number; longitude: number; radiusKm: number };
  at?: string;
}

export interface Paging {
  page: number;
  perPage: number;
}

export interface ChangeFilters extends TerritoryFilters {
  since?: string;
  until?: string;
  kinds?: string[];
}

type Raw = Record<string, unknown>;

const TERRITORY_PARAMETERS = ['region', 'departement', 'epci', 'commune'];
export const SITE_PARAMETERS = [...TERRITORY_PARAMETERS, 'categorie', 'type_site', 'statut', 'producteur', 'near', 'rayon', 'at', 'page', 'per_page'];
export const EXPORT_PARAMETERS = SITE_PARAMETERS.filter((name) => !['near', 'rayon', 'at', 'page', 'per_page'].includes(name));
export const CHANGE_PARAMETERS = [...TERRITORY_PARAMETERS, 'since', 'until', 'kind', 'page', 'per_page'];

function single(raw: Raw, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidParameter(name, 'donnez-le une seule fois, comme texte simple');
  if (value.trim() === '') throw invalidParameter(name, 'valeur vide');
  return value.trim();
}

export function rejectUnknown(raw: Raw, accepted: readonly string[]): void {
  for (const name of Object.keys(raw)) {
    if (!accepted.includes(name)) throw invalidParameter(name, `paramètre inconnu ; paramètres acceptés : ${accepted.join(', ')}`);
  }
}

function checked(raw: Raw, name: string, pattern: RegExp, expected: string): string | undefined {
  const value = single(raw, name);
  if (value !== undefined && !pattern.test(value)) throw invalidParameter(name, `« ${value} » n’est pas ${expected}`);
  return value;
}

function oneOf(raw: Raw, name: string, values: readonly string[]): string | undefined {
  const value = single(raw, name);
  if (value !== undefined && !values.includes(value)) throw invalidParameter(name, `« ${value} » n’est pas une valeur possible (${values.join(', ')})`);
  return value;
}

export function isoDate(raw: Raw, name: string): string | undefined {
  const value = checked(raw, name, /^\d{4}-\d{2}-\d{2}$/, 'une date au format AAAA-MM-JJ');
  if (value !== undefined && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw invalidParameter(name, `« ${value} » n’est pas une date qui existe`);
  return value;
}

export function territoryFilters(raw: Raw): TerritoryFilters {
  const region = checked(raw, 'region', /^\d{2}$/, 'un code de région à deux chiffres (ex. 84)');
  if (region && !findRegion(region)) throw invalidParameter('region', `aucune région n’a le code « ${region} »`);
  const departement = checked(raw, 'departement', /^(\d{2}|2A|2B|97\d)$/, 'un code de département (ex. 07, 2A, 974)');
  if (departement && !findDepartement(departement)) throw invalidParameter('departement', `aucun département n’a le code « ${departement} »`);
  const epci = checked(raw, 'epci', /^\d{9}$/, 'un SIREN d’EPCI à neuf chiffres');
  if (epci && !findEpci(epci)) throw invalidParameter('epci', `aucun EPCI n’a le SIREN « ${epci} »`);
  const commune = checked(raw, 'commune', /^(\d{5}|2[AB]\d{3})$/, 'un code INSEE de commune à cinq caractères (ex. 07186)');
  return { region, departement, epci, commune };
}

export function siteFilters(raw: Raw, accepted: readonly string[] = SITE_PARAMETERS): SiteFilters {
  rejectUnknown(raw, accepted);
  const filters: SiteFilters = {
    ...territoryFilters(raw),
    categorie: oneOf(raw, 'categorie', CATEGORIES),
    type_site: checked(raw, 'type_site', /^[a-z0-9_]{1,80}$/, 'un type de site du schéma (minuscules et _, ex. bureau_de_poste)'),
    statut: oneOf(raw, 'statut', STATUSES),
    producteur: checked(raw, 'producteur', /^[a-z0-9][a-z0-9-]{0,119}$/, 'l’identifiant (slug) d’une organisation productrice'),
    at: isoDate(raw, 'at'),
  };
  const near = single(raw, 'near');
  const radius = single(raw, 'rayon');
  if (radius !== undefined && near === undefined) throw invalidParameter('rayon', 'n’a de sens qu’avec near=latitude,longitude');
  if (near !== undefined) {
    const match = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(near);
    const latitude = match ? Number(match[1]) : NaN;
    const longitude = match ? Number(match[2]) : NaN;
    if (!match || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw invalidParameter('near', `« ${near} » n’est pas de la forme latitude,longitude en degrés décimaux (ex. 44.73,4.59)`);
    const radiusKm = radius === undefined ? 10 : Number(radius);
    if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > 200) throw invalidParameter('rayon', `« ${radius} » n’est pas un rayon en kilomètres entre 0 et 200`);
    filters.near = { latitude, longitude, radiusKm };
  }
  return filters;
}

export function paging(raw: Raw, defaultPerPage = 100): Paging {
  const page = single(raw, 'page');
  const perPage = single(raw, 'per_page');
  const pageNumber = page === undefined ? 1 : Number(page);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw invalidParameter('page', `« ${page} » n’est pas un numéro de page (entier à partir de 1)`);
  const size = perPage === undefined ? defaultPerPage : Number(perPage);
  if (!Number.isInteger(size) || size < 1 || size > 1000) throw invalidParameter('per_page', `« ${perPage} » n’est pas une taille de page entre 1 et 1000`);
  return { page: pageNumber, perPage: size };
}

export function changeFilters(raw: Raw): ChangeFilters {
  rejectUnknown(raw, CHANGE_PARAMETERS);
  const since = isoDate(raw, 'since');
  const until = isoDate(raw, 'until');
  if (since && until && since > until) throw invalidParameter('until', `la fin (${until}) précède le début (${since})`);
  const kind = single(raw, 'kind');
  const kinds = kind?.split(',').map((value) => value.trim());
  for (const value of kinds ?? []) {
    if (!(EVENT_KINDS as readonly string[]).includes(value)) throw invalidParameter('kind', `« ${value} » n’est pas un type d’événement (${EVENT_KINDS.join(', ')})`);
  }
  return { ...territoryFilters(raw), since, until, kinds };
}
