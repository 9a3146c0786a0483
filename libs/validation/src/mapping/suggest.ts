import type { Mapping } from './types';

export interface MappingSuggestion {
  mapping: Mapping;
  /** Per schema field: 1 same name, 0.9 known synonym, 0.85 field title, 0.6 shared words. */
  confidence: Record<string, number>;
  /** File columns no field claimed. */
  unmatchedLabels: string[];
  /** Schema fields no column was found for. */
  unmappedFields: string[];
}

interface SchemaLike {
  fields: { name: string; title?: string }[];
}

/** Column names producers use for the shared schema's fields (normalised: no accents, lower case, "_"). */
const SYNONYMS: Record<string, string[]> = {
  id: ['identifiant', 'identifiant_du_site', 'id_site', 'identifiant_site', 'code_site', 'code', 'ident'],
  nom: ['libelle', 'libelle_du_site', 'libelle_site', 'name', 'nom_du_site', 'nom_site', 'denomination', 'intitule', 'raison_sociale'],
  code_postal: ['cp', 'postal_code', 'code_post', 'codepostal', 'zip', 'zipcode'],
  commune: ['localite', 'ville', 'city', 'nom_commune', 'libelle_commune', 'municipalite'],
  code_insee: ['insee', 'cog', 'code_commune', 'code_commune_insee', 'codgeo', 'citycode', 'code_insee_commune', 'com'],
  latitude: ['lat', 'y', 'coord_y', 'latitude_wgs84', 'lat_wgs84'],
  longitude: ['lon', 'lng', 'long', 'x', 'coord_x', 'longitude_wgs84', 'lon_wgs84'],
  telephone: ['tel', 'numero_de_telephone', 'num_tel', 'telephone_fixe', 'phone', 'numero_telephone', 'tel_fixe'],
  courriel: ['email', 'mail', 'e_mail', 'adresse_mail', 'adresse_electronique', 'adresse_email', 'mel'],
  site_web: ['url', 'site', 'site_internet', 'web', 'website', 'lien', 'adresse_web'],
  adresse: ['adresse_postale', 'voie', 'adresse_1', 'adresse1', 'address', 'ligne_adresse', 'numero_et_voie'],
  complement_adresse: ['complement_d_adresse', 'complement', 'adresse_2', 'adresse2', 'lieu_dit'],
  siret: ['numero_siret', 'n_siret', 'siret_etablissement'],
  horaires: ['horaires_d_ouverture', 'heures_d_ouverture', 'opening_hours', 'ouverture'],
  type: ['caracteristique_du_site', 'type_de_site', 'type_site', 'nature', 'categorie_de_site'],
  date_maj: ['date_mise_a_jour', 'date_de_mise_a_jour', 'mise_a_jour', 'updated_at', 'derniere_mise_a_jour'],
  date_ouverture: ['date_d_ouverture', 'ouverture_le', 'opened_at'],
  date_fermeture: ['date_de_fermeture', 'fermeture_le', 'closed_at'],
  accessible_pmr: ['pmr', 'accessibilite', 'accessibilite_pmr', 'acces_pmr', 'accessible'],
  statut: ['etat', 'status', 'situation'],
  ministere: ['ministere_de_tutelle', 'tutelle'],
  effectif: ['effectifs', 'nombre_agents', 'nb_agents', 'etp'],
  categorie: ['category', 'categorie_site'],
  pays: ['country', 'code_pays'],
  precision_geocodage: ['precision_du_geocodage', 'precision', 'geocodage'],
};

const STOP_WORDS = new Set(['du', 'de', 'la', 'le', 'les', 'des', 'd', 'l', 'et', 'a', 'the', 'of']);

export function normalizeName(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '_')
    .toLowerCase()
    .replace(/[\s_\-.#/()]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function words(name: string): string[] {
  return name.split('_').filter((word) => word && !STOP_WORDS.has(word));
}

function score(label: string, field: { name: string; title?: string }): number {
  const normalized = normalizeName(label);
  const name = normalizeName(field.name);
  if (normalized === name) return 1;
  if ((SYNONYMS[name] ?? []).includes(normalized)) return 0.9;
  if (field.title && normalizeName(field.title) === normalized) return 0.85;
  const fieldWords = words(name);
  const labelWords = new Set(words(normalized));
  if (fieldWords.length > 0 && fieldWords.every((word) => labelWords.has(word))) return 0.6;
  return 0;
}

/** Proposes which file column feeds which schema field, from their names; best scores are assigned first. */
export function suggestMapping(labels: string[], schema: SchemaLike): MappingSuggestion {
  const candidates: { label: string; field: string; score: number }[] = [];
  for (const label of labels) {
    for (const field of schema.fields) {
      const value = score(label, field);
      if (value > 0) candidates.push({ label, field: field.name, score: value });
    }
  }
  candidates.sort((a, b) => b.score - a.score || labels.indexOf(a.label) - labels.indexOf(b.label));
  const mapping: Mapping = { fields: {} };
  const confidence: Record<string, number> = {};
  const usedLabels = new Set<string>();
  for (const candidate of candidates) {
    if (usedLabels.has(candidate.label) || candidate.field in confidence) continue;
    usedLabels.add(candidate.label);
    confidence[candidate.field] = candidate.score;
    mapping.fields[candidate.field] = candidate.label;
  }
  return {
    mapping,
    confidence,
    unmatchedLabels: labels.filter((label) => !usedLabels.has(label)),
    unmappedFields: schema.fields.map((field) => field.name).filter((name) => !(name in confidence)),
  };
}
