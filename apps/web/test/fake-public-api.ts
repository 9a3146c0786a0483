import type { FakeApiResponse } from './fake-simple-rest';

/** Published sites of Ardèche (07), shaped like `GET /api/public/sites` items. */
export const ardecheSites = [
  { identifiant: 'anct/fs-privas', nom: 'France services de Privas', commune: 'Privas', code_insee: '07186', latitude: 44.7353, longitude: 4.5992 },
  { identifiant: 'anct/fs-aubenas', nom: 'France services d’Aubenas', commune: 'Aubenas', code_insee: '07019', latitude: 44.6201, longitude: 4.3903 },
  { identifiant: 'anct/fs-annonay', nom: 'France services d’Annonay', commune: 'Annonay', code_insee: '07010', latitude: 45.2398, longitude: 4.6707 },
  { identifiant: 'poste/bp-tournon', nom: 'Bureau de poste de Tournon', commune: 'Tournon-sur-Rhône', code_insee: '07324', latitude: 45.0672, longitude: 4.8328 },
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

const summary = {
  territoire: { type: 'departement', code: '07', nom: 'Ardèche', population: 328278 },
  date: '2026-11-25',
  sites_ouverts: {
    total: 4,
    pour_10000_habitants: 0.12,
    par_categorie: {
      point_de_contact: { sites: 3, pour_10000_habitants: 0.09, par_type: { france_services: 3 } },
      etablissement_public: { sites: 1, pour_10000_habitants: 0.03, par_type: { bureau_de_poste: 1 } },
    },
    par_type: { france_services: 3, bureau_de_poste: 1 },
  },
  evenements_par_annee: [{ annee: 2020, ouvertures: 4, fermetures: 0, remplacements: 0 }],
  prevus_12_mois: { jusqu_au: '2027-11-25', ouvertures: [], fermetures: [ardecheSites[2]] },
};

const LICENCE = { nom: 'Licence Ouverte / Open Licence version 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' };

const json = (status: number, payload: unknown): FakeApiResponse => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });

/** Answers the public routes the territory page reads, for Ardèche only; anything else is a 404 like the API's. */
export function handlePublicApi(url: URL): FakeApiResponse {
  if (url.pathname === '/api/public/territories/07/summary') return json(200, summary);
  if (url.pathname === '/api/public/sites' && url.searchParams.get('departement') === '07') {
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Number(url.searchParams.get('per_page') ?? '100');
    const data = ardecheSites.slice((page - 1) * perPage, page * perPage);
    return json(200, { licence: LICENCE, total: ardecheSites.length, page, per_page: perPage, data });
  }
  return json(404, { message: `Territoire inconnu : ${url.pathname}${url.search}` });
}
