import { SITE_FIELDS, type SiteRecord } from '../review/diff/site-record';
import type { SiteTerritories } from './site-territories';

/** How the dataset's rows are labelled in the consolidated tables. */
export interface DatasetIdentity {
  datasetId: string;
  organizationId: string;
  producer: string;
  datasetSlug: string;
}

export type ColumnKind = 'text' | 'float' | 'boolean' | 'integer';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
}

const SCHEMA_COLUMNS: ColumnSpec[] = SITE_FIELDS.filter((field) => field !== 'id').map((field) => ({
  name: field,
  kind: field === 'latitude' || field === 'longitude' || field === 'etp' ? 'float' : 'text',
}));

/** The `sites` table's columns in insertion order. */
export const SITE_TABLE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'dataset_id', kind: 'text' },
  { name: 'site_id', kind: 'text' },
  { name: 'organization_id', kind: 'text' },
  { name: 'producer', kind: 'text' },
  { name: 'dataset_slug', kind: 'text' },
  ...SCHEMA_COLUMNS,
  { name: 'departement', kind: 'text' },
  { name: 'region', kind: 'text' },
  { name: 'epci', kind: 'text' },
];

export function siteTableRow(dataset: DatasetIdentity, site: SiteRecord, territories: SiteTerritories): unknown[] {
  const row: unknown[] = [dataset.datasetId, site.id, dataset.organizationId, dataset.producer, dataset.datasetSlug];
  for (const field of SITE_FIELDS) if (field !== 'id') row.push(site[field]);
  row.push(territories.departement, territories.region, territories.epci);
  return row;
}

/** The schema's record of a `sites` row (the columns named as the schema's fields), spelled out for a fixed shape. */
export function siteRecordOf(row: Record<string, any>): SiteRecord {
  return {
    id: row.site_id,
    nom: row.nom,
    categorie: row.categorie,
    type_site: row.type_site,
    responsable: row.responsable,
    siret: row.siret,
    adresse: row.adresse,
    complement_adresse: row.complement_adresse,
    code_postal: row.code_postal,
    commune: row.commune,
    code_insee: row.code_insee,
    latitude: row.latitude,
    longitude: row.longitude,
    telephone: row.telephone,
    courriel: row.courriel,
    site_web: row.site_web,
    horaires: row.horaires,
    mode_accueil: row.mode_accueil,
    services_partenaires: row.services_partenaires,
    date_ouverture: row.date_ouverture,
    date_fermeture: row.date_fermeture,
    statut: row.statut,
    etp: row.etp,
    site_parent: row.site_parent,
    date_maj: row.date_maj,
  };
}

export const HISTORY_TABLE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'dataset_id', kind: 'text' },
  { name: 'site_id', kind: 'text' },
  { name: 'organization_id', kind: 'text' },
  { name: 'producer', kind: 'text' },
  { name: 'version_id', kind: 'text' },
  { name: 'valid_from', kind: 'text' },
  { name: 'first_seen', kind: 'boolean' },
  { name: 'categorie', kind: 'text' },
  { name: 'type_site', kind: 'text' },
  { name: 'statut', kind: 'text' },
  { name: 'date_ouverture', kind: 'text' },
  { name: 'date_fermeture', kind: 'text' },
  { name: 'code_insee', kind: 'text' },
  { name: 'latitude', kind: 'float' },
  { name: 'longitude', kind: 'float' },
  { name: 'departement', kind: 'text' },
  { name: 'region', kind: 'text' },
  { name: 'epci', kind: 'text' },
  { name: 'record', kind: 'text' },
];

export function historyRow(dataset: DatasetIdentity, versionId: string, validFrom: string, firstSeen: boolean, site: SiteRecord, territories: SiteTerritories): unknown[] {
  return [
    dataset.datasetId,
    site.id,
    dataset.organizationId,
    dataset.producer,
    versionId,
    validFrom,
    firstSeen,
    site.categorie,
    site.type_site,
    site.statut,
    site.date_ouverture,
    site.date_fermeture,
    site.code_insee,
    site.latitude,
    site.longitude,
    territories.departement,
    territories.region,
    territories.epci,
    JSON.stringify(site),
  ];
}

export const EVENT_TABLE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'kind', kind: 'text' },
  { name: 'date', kind: 'text' },
  { name: 'inferred', kind: 'boolean' },
  { name: 'site_id', kind: 'text' },
  { name: 'site_name', kind: 'text' },
  { name: 'related_site_id', kind: 'text' },
  { name: 'related_site_name', kind: 'text' },
  { name: 'dataset_id', kind: 'text' },
  { name: 'organization_id', kind: 'text' },
  { name: 'producer', kind: 'text' },
  { name: 'departement', kind: 'text' },
  { name: 'region', kind: 'text' },
  { name: 'epci', kind: 'text' },
  { name: 'commune', kind: 'text' },
  { name: 'details', kind: 'text' },
  { name: 'published_version_id', kind: 'text' },
  { name: 'published_at', kind: 'text' },
];

/**
 * Same values, ignoring nothing: `date_maj` counts too, since the row must show what was published. Spelled out like
 * `siteRecordOf`: a loop over the field names reads properties by computed key, several times slower over the 500,000
 * sites of a national list.
 */
export function sameRecord(a: SiteRecord, b: SiteRecord): boolean {
  return (
    a.id === b.id &&
    a.nom === b.nom &&
    a.categorie === b.categorie &&
    a.type_site === b.type_site &&
    a.responsable === b.responsable &&
    a.siret === b.siret &&
    a.adresse === b.adresse &&
    a.complement_adresse === b.complement_adresse &&
    a.code_postal === b.code_postal &&
    a.commune === b.commune &&
    a.code_insee === b.code_insee &&
    a.latitude === b.latitude &&
    a.longitude === b.longitude &&
    a.telephone === b.telephone &&
    a.courriel === b.courriel &&
    a.site_web === b.site_web &&
    a.horaires === b.horaires &&
    a.mode_accueil === b.mode_accueil &&
    a.services_partenaires === b.services_partenaires &&
    a.date_ouverture === b.date_ouverture &&
    a.date_fermeture === b.date_fermeture &&
    a.statut === b.statut &&
    a.etp === b.etp &&
    a.site_parent === b.site_parent &&
    a.date_maj === b.date_maj
  );
}
