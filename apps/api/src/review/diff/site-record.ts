/**
 * One row of the shared schema `sites-publics` 1.0.0, once cast: text as strings, numbers as numbers,
 * dates as ISO strings 'YYYY-MM-DD' (compared as strings), and null for every empty cell.
 */

export type SiteCategory = 'presence_etat' | 'etablissement_public' | 'point_de_contact';
export type SiteStatus = 'ouvert' | 'ouverture_prevue' | 'fermeture_prevue' | 'ferme';

/** ISO calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface SiteRecord {
  id: string;
  nom: string;
  categorie: SiteCategory | null;
  type_site: string | null;
  responsable: string | null;
  siret: string | null;
  adresse: string | null;
  complement_adresse: string | null;
  code_postal: string | null;
  commune: string | null;
  code_insee: string | null;
  latitude: number | null;
  longitude: number | null;
  telephone: string | null;
  courriel: string | null;
  site_web: string | null;
  horaires: string | null;
  mode_accueil: string | null;
  services_partenaires: string | null;
  date_ouverture: IsoDate | null;
  date_fermeture: IsoDate | null;
  statut: SiteStatus | null;
  etp: number | null;
  site_parent: string | null;
  date_maj: IsoDate | null;
}

export type SiteField = keyof SiteRecord;
export type SiteFieldKind = 'string' | 'number' | 'date';

/** The schema's fields in schema order, with the kind of value each holds once cast. */
export const SITE_FIELD_KINDS: Readonly<Record<SiteField, SiteFieldKind>> = {
  id: 'string',
  nom: 'string',
  categorie: 'string',
  type_site: 'string',
  responsable: 'string',
  siret: 'string',
  adresse: 'string',
  complement_adresse: 'string',
  code_postal: 'string',
  commune: 'string',
  code_insee: 'string',
  latitude: 'number',
  longitude: 'number',
  telephone: 'string',
  courriel: 'string',
  site_web: 'string',
  horaires: 'string',
  mode_accueil: 'string',
  services_partenaires: 'string',
  date_ouverture: 'date',
  date_fermeture: 'date',
  statut: 'string',
  etp: 'number',
  site_parent: 'string',
  date_maj: 'date',
};

export const SITE_FIELDS = Object.keys(SITE_FIELD_KINDS) as readonly SiteField[];

/** A record with every optional field empty: convenient for converters and tests. Spelled out so that every record
 * built from it has the same shape, which keeps property access fast on half a million of them. */
export function emptySiteRecord(id: string, nom: string): SiteRecord {
  return {
    id,
    nom,
    categorie: null,
    type_site: null,
    responsable: null,
    siret: null,
    adresse: null,
    complement_adresse: null,
    code_postal: null,
    commune: null,
    code_insee: null,
    latitude: null,
    longitude: null,
    telephone: null,
    courriel: null,
    site_web: null,
    horaires: null,
    mode_accueil: null,
    services_partenaires: null,
    date_ouverture: null,
    date_fermeture: null,
    statut: null,
    etp: null,
    site_parent: null,
    date_maj: null,
  };
}
