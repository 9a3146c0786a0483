import type { FakeApiResponse } from './fake-simple-rest';

/** Published sites of Ardèche (07), shaped like `GET /api/public/sites` items. */
export const ardecheSites = [
  { identifiant: 'anct/fs-privas', nom: 'France services de Privas', commune: 'Privas', code_insee: '07186', latitude: 44.7353, longitude: 4.5992 },
  { identifiant: 'anct/fs-aubenas', nom: 'France services d’Aubenas', commune: 'Aubenas', code_insee: '07019', latitude: 44.6201, longitude: 4.3903 },
  { identifiant: 'anct/fs-annonay', nom: 'France services d’Annonay', commune: 'Annonay', code_insee: '07010', latitude: 45.2398, longitude: 4.6707 },
  { identifiant: 'poste/bp-tournon', nom: 'Bureau de poste de Tournon', commune: 'Tournon-sur-Rhône', code_insee: '07324', latitude: 45.0672, longitude: 4.8328 },
  // Enough further sites for the list to need a second page of 10.
  ...['Lamastre', 'Vernoux-en-Vivarais', 'Le Cheylard', 'Vals-les-Bains', 'Joyeuse', 'Les Vans', 'Bourg-Saint-Andéol', 'Viviers'].map((commune, index) => ({
    identifiant: `poste/apc-${index + 1}`,
    nom: `Agence postale communale de ${commune}`,
    commune,
    code_insee: null,
    latitude: 44.98 - index * 0.08,
    longitude: 4.3 + (index % 3) * 0.15,
  })),
].map((site, index) => ({
  ...site,
  categorie: index < 3 ? 'point_de_contact' : 'etablissement_public',
  type_site: index < 3 ? 'france_services' : 'bureau_de_poste',
  statut: index === 2 ? 'fermeture_prevue' : 'ouvert',
  date_ouverture: '2020-01-01',
  date_fermeture: index === 2 ? '2027-03-31' : null,
  departement: '07',
  region: '84',
}));

/** Two sites of La Réunion (974), drawn in its inset. */
export const reunionSites = [
  { identifiant: 'anct/fs-saint-denis', nom: 'France services de Saint-Denis', commune: 'Saint-Denis', code_insee: '97411', latitude: -20.8789, longitude: 55.4481 },
  { identifiant: 'anct/fs-saint-pierre', nom: 'France services de Saint-Pierre', commune: 'Saint-Pierre', code_insee: '97416', latitude: -21.3393, longitude: 55.4781 },
].map((site) => ({ ...site, categorie: 'point_de_contact', type_site: 'france_services', statut: 'ouvert', date_ouverture: '2021-06-01', date_fermeture: null, departement: '974', region: '04' }));

const summaryOf = (code: string, nom: string, population: number, sites: typeof ardecheSites) => ({
  territoire: { type: 'departement', code, nom, population },
  date: '2026-11-25',
  sites_ouverts: {
    total: sites.length,
    pour_10000_habitants: Math.round((sites.length / population) * 1e6) / 100,
    par_categorie: Object.fromEntries(
      [...new Set(sites.map((site) => site.categorie))].map((category) => {
        const ofCategory = sites.filter((site) => site.categorie === category);
        const perType = Object.fromEntries([...new Set(ofCategory.map((site) => site.type_site))].map((type) => [type, ofCategory.filter((site) => site.type_site === type).length]));
        return [category, { sites: ofCategory.length, pour_10000_habitants: Math.round((ofCategory.length / population) * 1e6) / 100, par_type: perType }];
      }),
    ),
    par_type: Object.fromEntries([...new Set(sites.map((site) => site.type_site))].map((type) => [type, sites.filter((site) => site.type_site === type).length])),
  },
  evenements_par_annee: [{ annee: 2020, ouvertures: sites.length, fermetures: 0, remplacements: 0 }],
  prevus_12_mois: { jusqu_au: '2027-11-25', ouvertures: [], fermetures: sites.filter((site) => site.date_fermeture) },
});

const territories: Record<string, { summary: ReturnType<typeof summaryOf>; sites: typeof ardecheSites }> = {
  '07': { summary: summaryOf('07', 'Ardèche', 328278, ardecheSites), sites: ardecheSites },
  '974': { summary: summaryOf('974', 'La Réunion', 885700, reunionSites), sites: reunionSites },
};

const LICENCE = { nom: 'Licence Ouverte / Open Licence version 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' };

const json = (status: number, payload: unknown): FakeApiResponse => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });

/** Answers the public routes the territory page reads, for Ardèche and La Réunion only; anything else is a 404 like the API's. */
export function handlePublicApi(url: URL): FakeApiResponse {
  const summary = url.pathname.match(/^\/api\/public\/territories\/(\w+)\/summary$/);
  if (summary && territories[summary[1]]) return json(200, territories[summary[1]].summary);
  const territory = url.pathname === '/api/public/sites' ? territories[url.searchParams.get('departement') ?? ''] : undefined;
  if (territory) {
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Number(url.searchParams.get('per_page') ?? '100');
    const data = territory.sites.slice((page - 1) * perPage, page * perPage);
    return json(200, { licence: LICENCE, total: territory.sites.length, page, per_page: perPage, data });
  }
  return json(404, { message: `Territoire inconnu : ${url.pathname}${url.search}` });
}
