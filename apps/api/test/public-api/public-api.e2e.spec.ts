import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { SITE_FIELDS } from '../../src/review/diff/site-record';
import { dialectsUnderTest } from '../support/databases';
import { PublicationTestApp, site, startPublicationApp } from '../publication/publication-app';

const LICENCE_LINK = '<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel="license"';
const PRIVAS = { code_insee: '07186', commune: 'Privas', code_postal: '07000' };
const PRIVAS_EPCI = '200071413'; // CA Privas Centre Ardèche
const DEPARTEMENT_07_POPULATION = 334_231;

const STATE_SITES = [
  site('a1', 'Centre des finances publiques de Privas', { ...PRIVAS, type_site: 'centre_des_finances_publiques', latitude: 44.735, longitude: 4.599, etp: 12.5 }),
  site('a2', 'Centre des finances publiques d’Aubenas', { code_insee: '07019', commune: 'Aubenas', type_site: 'centre_des_finances_publiques', latitude: 44.62, longitude: 4.39, etp: 7 }),
  site('a3', 'Centre des finances publiques de Valence', { code_insee: '26362', commune: 'Valence', type_site: 'centre_des_finances_publiques', latitude: 44.933, longitude: 4.892, etp: 20 }),
  site('a4', 'Caisse d’allocations familiales de Privas', { ...PRIVAS, categorie: 'etablissement_public', type_site: 'caf', statut: 'ouverture_prevue', date_ouverture: '2026-05-01' }),
  site('a5', 'Trésorerie de Privas', { ...PRIVAS, type_site: 'tresorerie', statut: 'fermeture_prevue', date_fermeture: '2026-09-30', etp: 3 }),
];
const POSTAL_SITES = [
  site('b1', 'Privas bureau de poste', { ...PRIVAS, categorie: 'point_de_contact', type_site: 'bureau_de_poste', latitude: 44.7355, longitude: 4.5995 }),
  site('b2', '=HYPERLINK("http://exemple.invalid")', { code_insee: '35238', commune: 'Rennes', categorie: 'point_de_contact', type_site: 'bureau_de_poste', adresse: '+33 rue de Brest', latitude: 48.111, longitude: -1.68 }),
];

describe.each(dialectsUnderTest('API publique'))('public API on %s', (dialect) => {
  let api: PublicationTestApp;
  let state: Awaited<ReturnType<PublicationTestApp['dataset']>>;
  let postal: Awaited<ReturnType<PublicationTestApp['dataset']>>;
  let postalVersion: string;

  const ids = async (query: string) => {
    const response = await api.http().get(`/api/public/sites?${query}`).expect(200);
    return (response.body.data as { id: string }[]).map((item) => item.id);
  };
  const sorted = async (query: string) => (await ids(query)).sort();
  const badRequest = async (query: string) => (await api.http().get(`/api/public/sites?${query}`).expect(400)).body.message as string;

  beforeAll(async () => {
    api = await startPublicationApp(dialect);
    state = await api.dataset('Direction générale des finances publiques', 'Accueils');
    postal = await api.dataset('La Poste', 'Points de contact');
    api.clock.set('2026-01-15');
    await api.publish(state, STATE_SITES);
    postalVersion = (await api.publish(postal, POSTAL_SITES)).versionId;
    // A month later the Aubenas centre is gone from the list and one opens in Rennes.
    api.clock.set('2026-02-01');
    await api.publish(state, [STATE_SITES[0], ...STATE_SITES.slice(2), site('a6', 'Centre des finances publiques de Rennes', { code_insee: '35238', commune: 'Rennes', type_site: 'centre_des_finances_publiques' })]);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('filters by each territory, category, type, status and producer', async () => {
    expect(await sorted('region=84')).toEqual(['a1', 'a3', 'a4', 'a5', 'b1']);
    expect(await sorted('departement=07')).toEqual(['a1', 'a4', 'a5', 'b1']);
    expect(await sorted(`epci=${PRIVAS_EPCI}`)).toEqual(['a1', 'a4', 'a5', 'b1']);
    expect(await sorted('commune=26362')).toEqual(['a3']);
    expect(await sorted('categorie=point_de_contact')).toEqual(['b1', 'b2']);
    expect(await sorted('type_site=tresorerie')).toEqual(['a5']);
    expect(await sorted('statut=ouverture_prevue')).toEqual(['a4']);
    expect(await sorted(`producteur=${postal.producer}`)).toEqual(['b1', 'b2']);
    expect(await sorted(`departement=07&categorie=presence_etat`)).toEqual(['a1', 'a5']);
  });

  it('answers in a JSON envelope with the licence, the total, and Link next/prev', async () => {
    const response = await api.http().get('/api/public/sites?departement=07&per_page=2&page=2').expect(200);
    expect(response.body).toMatchObject({ licence: { url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' }, total: 4, page: 2, per_page: 2 });
    expect(response.body.data).toHaveLength(2);
    expect(response.headers.link).toContain(LICENCE_LINK);
    expect(response.headers.link).toContain('rel="prev"');
    expect(response.headers.link).not.toContain('rel="next"');
    expect(response.headers.link).toContain('/api/public/sites?departement=07&per_page=2&page=1');
    const first = await api.http().get('/api/public/sites?departement=07&per_page=2').expect(200);
    expect(first.headers.link).toContain('page=2>; rel="next"');
    expect(first.body.data[0]).toMatchObject({ identifiant: `${state.producer}/a1`, producteur: state.producer, jeu_de_donnees: state.datasetSlug, departement: '07', region: '84', epci: PRIVAS_EPCI, etp: 12.5 });
  });

  it('sorts by distance around near=lat,lon within rayon (10 km by default)', async () => {
    const near = await api.http().get('/api/public/sites?near=44.735,4.599').expect(200);
    expect(near.body.data.map((item: { id: string }) => item.id)).toEqual(['a1', 'b1']);
    expect(near.body.data[0].distance_km).toBe(0);
    expect(near.body.data[1].distance_km).toBeGreaterThan(0.03);
    expect(near.body.data[1].distance_km).toBeLessThan(0.1);
    expect(await ids('near=44.735,4.599&rayon=40')).toEqual(['a1', 'b1', 'a3']);
    expect(await ids('near=44.735,4.599&rayon=40&categorie=point_de_contact')).toEqual(['b1']);
  });

  it('names the bad parameter in French (400)', async () => {
    expect(await badRequest('departement=999')).toBe('Paramètre « departement » invalide : « 999 » n’est pas un code de département (ex. 07, 2A, 974)');
    expect(await badRequest('region=99')).toContain('aucune région n’a le code « 99 »');
    expect(await badRequest('near=nord')).toContain('Paramètre « near » invalide');
    expect(await badRequest('rayon=5')).toContain('Paramètre « rayon » invalide');
    expect(await badRequest('per_page=5000')).toContain('Paramètre « per_page » invalide');
    expect(await badRequest('at=2025-02-30')).toContain('n’est pas une date qui existe');
    expect(await badRequest('categorie=mairie')).toContain('presence_etat, etablissement_public, point_de_contact');
    expect(await badRequest('dept=07')).toContain('Paramètre « dept » invalide : paramètre inconnu');
    const response = await api.http().get('/api/public/sites?departement=999').expect(400);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers.link).toBe(LICENCE_LINK);
  });

  it('serves one site under its stable identifier, 404 in French otherwise', async () => {
    const response = await api.http().get(`/api/public/sites/${postal.producer}/b1`).expect(200);
    expect(response.body.data).toMatchObject({ identifiant: `${postal.producer}/b1`, nom: 'Privas bureau de poste', type_site: 'bureau_de_poste' });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const missing = await api.http().get(`/api/public/sites/${postal.producer}/zz`).expect(404);
    expect(missing.body.message).toBe(`Aucun site publié « zz » pour le producteur « ${postal.producer} »`);
  });

  it('exports CSV conforming to the schema (header, round trip), whole or filtered', async () => {
    const whole = await api.http().get('/api/public/exports/sites.csv').expect(200);
    expect(whole.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(whole.headers.link).toBe(LICENCE_LINK);
    const parsed = Papa.parse<Record<string, string>>(whole.text, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...SITE_FIELDS]);
    expect(parsed.data.map((row) => row.id).sort()).toEqual(['a1', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2']);
    expect(parsed.data.find((row) => row.id === 'b2')).toMatchObject({ nom: '=HYPERLINK("http://exemple.invalid")', adresse: '+33 rue de Brest', latitude: '48.111' });
    const filtered = await api.http().get('/api/public/exports/sites.csv?departement=07&categorie=presence_etat').expect(200);
    expect(Papa.parse<Record<string, string>>(filtered.text, { header: true, skipEmptyLines: true }).data.map((row) => row.id)).toEqual(['a1', 'a5']);
    await api.http().get('/api/public/exports/sites.csv?near=44,4').expect(400);
  });

  it('exports GeoJSON with the same filters', async () => {
    const response = await api.http().get('/api/public/exports/sites.geojson?producteur=' + postal.producer).buffer(true).parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    }).expect(200);
    expect(response.headers['content-type']).toBe('application/geo+json');
    const collection = JSON.parse(response.body as string);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((feature: { properties: { id: string } }) => feature.properties.id)).toEqual(['b1', 'b2']);
    expect(collection.features[1].geometry).toEqual({ type: 'Point', coordinates: [-1.68, 48.111] });
  });

  it('exports XLSX with typed cells and never a formula, for the whole set, a dataset and a version', async () => {
    const read = async (url: string) => {
      const response = await api.http().get(url).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as Buffer);
      return workbook.worksheets[0];
    };
    for (const url of ['/api/public/exports/sites.xlsx', `/api/public/datasets/${postal.producer}/${postal.datasetSlug}/latest.xlsx`, `/api/public/versions/${postalVersion}.xlsx`]) {
      const sheet = await read(url);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...SITE_FIELDS]);
      const rows: ExcelJS.Row[] = [];
      sheet.eachRow((row, number) => number > 1 && rows.push(row));
      const b2 = rows.find((row) => row.getCell(1).value === 'b2') as ExcelJS.Row;
      expect(b2.getCell(2).type).toBe(ExcelJS.ValueType.String);
      expect(b2.getCell(2).value).toBe('=HYPERLINK("http://exemple.invalid")');
      expect(b2.getCell(SITE_FIELDS.indexOf('latitude') + 1).value).toBe(48.111);
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });

  it('serves each dataset’s latest version under a stable URL, as stored', async () => {
    const latest = await api.http().get(`/api/public/datasets/${postal.producer}/${postal.datasetSlug}/latest.csv`).expect(200);
    const version = await api.http().get(`/api/public/versions/${postalVersion}.csv`).expect(200);
    expect(latest.text).toBe(version.text);
    expect(latest.headers['content-disposition']).toBe(`attachment; filename="${postal.producer}-${postal.datasetSlug}.csv"`);
    await api.http().get(`/api/public/datasets/${postal.producer}/inconnu/latest.csv`).expect(404);
    await api.http().get(`/api/public/datasets/${postal.producer}/${postal.datasetSlug}/latest.pdf`).expect(404);
  });

  it('publishes the change feed as JSON and Atom, filtered by département', async () => {
    const ardeche = (await api.http().get('/api/public/changes?departement=07&since=2026-01-20&until=2026-03-01').expect(200)).body;
    expect(ardeche.total).toBe(1);
    expect(ardeche.data[0]).toMatchObject({ type: 'closed', libelle: expect.any(String), date: '2026-02-01', deduit_de_l_absence: true, site: { id: 'a2' }, commune: '07019', departement: '07' });
    const rennes = (await api.http().get('/api/public/changes?departement=35').expect(200)).body.data;
    expect(rennes.map((event: { type: string; site: { id: string } }) => `${event.type}:${event.site.id}`)).toEqual(['opened:a6']);
    const planned = (await api.http().get('/api/public/changes?departement=07&kind=planned_opening,planned_closure').expect(200)).body.data;
    expect(planned.map((event: { type: string; site: { id: string } }) => `${event.type}:${event.site.id}`).sort()).toEqual(['planned_closure:a5', 'planned_opening:a4']);
    const atom = await api.http().get('/api/public/changes.atom?departement=07&since=2026-01-20&until=2026-03-01').expect(200);
    expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(atom.text.match(/<entry>/g)).toHaveLength(1);
    expect(atom.text).toContain('Centre des finances publiques d’Aubenas');
    expect(atom.text).toContain('Ardèche (07)');
    expect((await api.http().get('/api/public/changes?kind=vanished').expect(400)).body.message).toContain('Paramètre « kind » invalide');
  });

  it('summarises a territory: open sites by category and type, per 10,000 inhabitants, staff, events per year, planned changes', async () => {
    const summary = (await api.http().get('/api/public/territories/07/summary').expect(200)).body;
    expect(summary.territoire).toEqual({ type: 'departement', code: '07', nom: 'Ardèche', population: DEPARTEMENT_07_POPULATION });
    expect(summary.date).toBe('2026-02-01');
    // Open today: a1 and a5 (its closure is planned, not reached), b1; a4 opens in May; a2 is gone.
    expect(summary.sites_ouverts.total).toBe(3);
    expect(summary.sites_ouverts.pour_10000_habitants).toBe(Math.round((3 * 10000 * 100) / DEPARTEMENT_07_POPULATION) / 100);
    expect(summary.sites_ouverts.par_categorie.presence_etat).toMatchObject({ sites: 2, etp: 15.5, sites_avec_etp: 2, par_type: { centre_des_finances_publiques: 1, tresorerie: 1 } });
    expect(summary.sites_ouverts.par_categorie.point_de_contact).toMatchObject({ sites: 1, etp: null, par_type: { bureau_de_poste: 1 } });
    expect(summary.sites_ouverts.par_type).toEqual({ bureau_de_poste: 1, centre_des_finances_publiques: 1, tresorerie: 1 });
    expect(summary.etp_etat).toEqual({ total: 15.5, sites_avec_etp: 2, par_categorie: { point_de_contact: null, presence_etat: 15.5 } });
    // a2's closure has no declared date: it counts in the year it was published, inferred from its absence.
    expect(summary.evenements_par_annee).toEqual([{ annee: 2026, ouvertures: 0, fermetures: 1, remplacements: 0, source_des_dates: { declaree: 0, publication: 1 } }]);
    // So does an opening published without a date (a6, Rennes).
    const rennes = (await api.http().get('/api/public/territories/35238/summary').expect(200)).body;
    expect(rennes.evenements_par_annee).toEqual([{ annee: 2026, ouvertures: 1, fermetures: 0, remplacements: 0, source_des_dates: { declaree: 0, publication: 1 } }]);
    expect(summary.prevus_12_mois.ouvertures.map((item: { id: string }) => item.id)).toEqual(['a4']);
    expect(summary.prevus_12_mois.fermetures.map((item: { id: string }) => item.id)).toEqual(['a5']);
    const commune = (await api.http().get('/api/public/territories/07186/summary').expect(200)).body;
    expect(commune.sites_ouverts.total).toBe(3);
    const epci = (await api.http().get(`/api/public/territories/${PRIVAS_EPCI}/summary`).expect(200)).body;
    expect(epci.territoire.type).toBe('epci');
    expect((await api.http().get('/api/public/territories/84/summary').expect(400)).body.message).toContain('?type=region|departement');
    expect((await api.http().get('/api/public/territories/84/summary?type=region').expect(200)).body.sites_ouverts.total).toBe(4);
    await api.http().get('/api/public/territories/00/summary').expect(404);
  });

  it('searches territories by name for the public page', async () => {
    const found = (await api.http().get('/api/public/territories?q=privas').expect(200)).body.data;
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'commune', code: '07186' })]));
    await api.http().get('/api/public/territories?q=p').expect(400);
  });

  it('documents the public routes in OpenAPI', async () => {
    const document = (await api.http().get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/public/sites',
        '/api/public/sites/{producer}/{id}',
        '/api/public/exports/{file}',
        '/api/public/changes',
        '/api/public/changes.atom',
        '/api/public/territories/{code}/summary',
        '/api/published-versions',
        '/api/published-versions/{id}/retract',
      ]),
    );
  });
});

describe.each(dialectsUnderTest('Limite de débit'))('public API rate limit on %s', (dialect) => {
  let api: PublicationTestApp;

  beforeAll(async () => {
    api = await startPublicationApp(dialect, { PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('answers 429 with Retry-After and a French message past the limit, per client address', async () => {
    for (let index = 0; index < 3; index++) await api.http().get('/api/public/sites').expect(200);
    const refused = await api.http().get('/api/public/sites').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.body.message).toMatch(/^Trop de requêtes : l’API publique accepte 3 requêtes par minute et par adresse\. Réessayez dans \d+ s\.$/);
    // Routes outside /api/public are not counted.
    await api.http().get('/api/health').expect(200);
  });
});
