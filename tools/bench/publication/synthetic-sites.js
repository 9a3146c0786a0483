// Synthetic national-scale lists of sites for the publication and public API benchmarks: real commune codes (so that
// départements, régions and EPCI resolve as in production), plausible fields, deterministic for a given seed.
const { allCommunes } = require('@maillage/territories');

const TYPES = [
  ['presence_etat', 'centre_des_finances_publiques'],
  ['presence_etat', 'brigade_gendarmerie'],
  ['etablissement_public', 'agence_france_travail'],
  ['etablissement_public', 'caf'],
  ['point_de_contact', 'bureau_de_poste'],
  ['point_de_contact', 'agence_postale_communale'],
  ['point_de_contact', 'france_services'],
];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function metropolitanCommunes() {
  return [...allCommunes()].filter((commune) => commune.kind === 'commune' && commune.zone === 'metro');
}

/** `count` sites spread over the communes; `prefix` keeps ids of several producers apart. */
function syntheticSites(count, { seed = 1, prefix = 'S' } = {}) {
  const next = random(seed);
  const communes = metropolitanCommunes();
  const sites = new Array(count);
  for (let index = 0; index < count; index++) {
    const commune = communes[Math.floor(next() * communes.length)];
    const [categorie, type] = TYPES[Math.floor(next() * TYPES.length)];
    sites[index] = {
      id: `${prefix}${String(index + 1).padStart(7, '0')}`,
      nom: `Site ${index + 1} de ${commune.name}`,
      categorie,
      type_site: type,
      responsable: 'Opérateur de test',
      siret: null,
      adresse: `${1 + Math.floor(next() * 120)} rue de la République`,
      complement_adresse: null,
      code_postal: commune.postalCodes[0] ?? null,
      commune: commune.name,
      code_insee: commune.code,
      latitude: Math.round((42.5 + next() * 8.5) * 1e6) / 1e6,
      longitude: Math.round((-4.5 + next() * 12.5) * 1e6) / 1e6,
      telephone: '01 23 45 67 89',
      courriel: null,
      site_web: null,
      horaires: 'Mo-Fr 09:00-12:00',
      mode_accueil: 'permanent',
      services_partenaires: null,
      date_ouverture: next() < 0.3 ? '2015-03-01' : null,
      date_fermeture: null,
      statut: 'ouvert',
      etp: categorie === 'presence_etat' ? Math.round(next() * 400) / 10 : null,
      site_parent: null,
      date_maj: '2026-01-01',
    };
  }
  return sites;
}

/** The next version of a list: about 1 % moved, 1 % removed, 1 % added, 0.5 % reclassified, 0.5 % closing dates. */
function evolve(sites, { seed = 2, prefix = 'N' } = {}) {
  const next = random(seed);
  const evolved = [];
  let added = 0;
  for (const site of sites) {
    const draw = next();
    if (draw < 0.01) continue;
    if (draw < 0.02) evolved.push({ ...site, adresse: `${1 + Math.floor(next() * 120)} avenue Jean Jaurès`, date_maj: '2026-02-01' });
    else if (draw < 0.025) evolved.push({ ...site, type_site: 'agence_postale_communale', categorie: 'point_de_contact', date_maj: '2026-02-01' });
    else if (draw < 0.03) evolved.push({ ...site, statut: 'fermeture_prevue', date_fermeture: '2026-12-31', date_maj: '2026-02-01' });
    else evolved.push(site);
    if (next() < 0.01) evolved.push({ ...site, id: `${prefix}${String(++added).padStart(7, '0')}`, adresse: '1 place de la Mairie', date_ouverture: '2026-01-15' });
  }
  return evolved;
}

module.exports = { syntheticSites, evolve };
