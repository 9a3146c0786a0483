/** The public API (no credentials): what the territory page reads. */
export type TerritoryKind = 'commune' | 'epci' | 'departement' | 'region';

export interface TerritoryMatch {
  kind: TerritoryKind;
  code: string;
  name: string;
  context?: string;
  population?: number;
}

export interface PublicSite {
  identifiant: string;
  nom: string;
  categorie: string | null;
  type_site: string | null;
  statut: string | null;
  commune: string | null;
  code_insee: string | null;
  latitude: number | null;
  longitude: number | null;
  date_ouverture: string | null;
  date_fermeture: string | null;
  departement: string | null;
}

export interface TerritorySummary {
  territoire: { type: TerritoryKind; code: string; nom: string; population: number | null };
  date: string;
  sites_ouverts: {
    total: number;
    pour_10000_habitants: number | null;
    par_categorie: Record<string, { sites: number; pour_10000_habitants: number | null; par_type: Record<string, number> }>;
    par_type: Record<string, number>;
  };
  evenements_par_annee: { annee: number; ouvertures: number; fermetures: number; remplacements: number }[];
  prevus_12_mois: { jusqu_au: string; ouvertures: PublicSite[]; fermetures: PublicSite[] };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error((body as { message?: string } | null)?.message ?? `Erreur ${response.status}`);
  return body as T;
}

export async function searchTerritories(q: string): Promise<TerritoryMatch[]> {
  return (await getJson<{ data: TerritoryMatch[] }>(`/api/public/territories?q=${encodeURIComponent(q)}`)).data;
}

export function territorySummary(code: string, kind?: string): Promise<TerritorySummary> {
  return getJson<TerritorySummary>(`/api/public/territories/${encodeURIComponent(code)}/summary${kind ? `?type=${kind}` : ''}`);
}

export async function sitesOf(kind: TerritoryKind, code: string): Promise<{ total: number; sites: PublicSite[] }> {
  const body = await getJson<{ total: number; data: PublicSite[] }>(`/api/public/sites?${kind}=${encodeURIComponent(code)}&per_page=1000`);
  return { total: body.total, sites: body.data };
}

export interface SitePage {
  total: number;
  page: number;
  per_page: number;
  data: PublicSite[];
}

/** One page of the territory's sites, `page` counted from 1 as the API does. */
export function sitePage(kind: TerritoryKind, code: string, page: number, perPage: number): Promise<SitePage> {
  return getJson<SitePage>(`/api/public/sites?${kind}=${encodeURIComponent(code)}&page=${page}&per_page=${perPage}`);
}

export function exportLinks(kind: TerritoryKind, code: string) {
  const filter = `${kind}=${encodeURIComponent(code)}`;
  return {
    csv: `/api/public/exports/sites.csv?${filter}`,
    geojson: `/api/public/exports/sites.geojson?${filter}`,
    atom: `/api/public/changes.atom?${filter}`,
    changes: `/api/public/changes?${filter}`,
  };
}
