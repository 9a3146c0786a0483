/** Test-only reading of La Poste's "points de contact" files (data.gouv.fr / datanova) into schema records. */
import { readFileSync } from 'fs';
import Papa from 'papaparse';
import { emptySiteRecord, type SiteRecord } from '../../src/review/diff';

/** Types of the schema's nomenclature; the one agence postale militaire (2016 only) has none of its own there. */
const SITE_TYPES: Readonly<Record<string, string>> = {
  'Bureau de Poste': 'bureau_de_poste',
  'Agence postale communale': 'agence_postale_communale',
  'Agence postale intercommunale': 'agence_postale_intercommunale',
  'Relais poste commerçant': 'relais_poste',
  'Agence postale militaire': 'autre_point_de_contact',
};

type LaPosteRow = Record<string, string>;

export function readLaPosteSites(file: string, dateMaj: string): SiteRecord[] {
  const parsed = Papa.parse<LaPosteRow>(readFileSync(file, 'utf8'), { delimiter: ';', header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file} : ${parsed.errors[0].message} (ligne ${parsed.errors[0].row})`);
  return parsed.data.map((row, index) => toSiteRecord(row, index + 2, dateMaj));
}

function toSiteRecord(row: LaPosteRow, line: number, dateMaj: string): SiteRecord {
  const kind = row['Caractéristique_du_site'];
  const type = SITE_TYPES[kind];
  if (!type) throw new Error(`Ligne ${line}, colonne Caractéristique_du_site : type de site inconnu « ${kind} ».`);
  const complement = [row['Complément_d_adresse'], row['Lieu_dit']].filter((part) => part).join(', ');
  return {
    ...emptySiteRecord(row['#Identifiant_du_site'], row['Libellé_du_site']),
    categorie: 'point_de_contact',
    type_site: type,
    responsable: 'La Poste',
    adresse: row['Adresse'] || null,
    complement_adresse: complement || null,
    code_postal: row['Code_postal'] || null,
    commune: row['Localité'] || null,
    code_insee: row['Code_INSEE'] || null,
    latitude: coordinate(row['Latitude']),
    longitude: coordinate(row['Longitude']),
    telephone: row['Numéro_de_téléphone'] || null,
    mode_accueil: 'permanent',
    statut: 'ouvert',
    site_parent: row['Site_Acores_de_rattachement'] || null,
    date_maj: dateMaj,
  };
}

function coordinate(text: string): number | null {
  return text ? Number(text.replace(',', '.')) : null;
}
