import fs from 'fs';
import path from 'path';
import Papa from 'papaparse';
import { Dialect, dialectsUnderTest } from '../support/databases';
import { fixLaPosteRows, type ReportedError } from './laposte-fixes';
import { PublicationTestApp, startPublicationApp } from './publication-app';

jest.setTimeout(600_000);

const REAL_DATA = path.resolve(__dirname, '../../../../../shared/data/real');
const FILES = { 2016: path.join(REAL_DATA, 'laposte_points_de_contact_2016.csv'), 2020: path.join(REAL_DATA, 'laposte_points_de_contact_2020-12.csv') };
const PUBLISHED_ON = { 2016: '2016-06-01', 2020: '2020-12-15' };
const MAPPING_FILE = path.resolve(__dirname, '../../../../schemas/sites-publics/1.0.0/mappings/laposte-points-de-contact.mapping.json');
const present = fs.existsSync(FILES[2016]) && fs.existsSync(FILES[2020]);
if (!present) console.warn(`La Poste 2016 → 2020 : fichiers réels absents de ${REAL_DATA}, test ignoré`);
const PASSWORD = 'mot-de-passe-des-comptes-la-poste';

/**
 * The real evolution of La Poste's network, through the whole workflow on the real application: the 2016 list of
 * "points de contact", then December 2020's, each uploaded by a La Poste producer through the shared mapping, fixed
 * from its report, submitted, approved by a reviewer and published on its day. The change feed must then name what
 * happened between them, and `at=` must see the network as it was.
 */
(present ? describe.each(dialectsUnderTest('La Poste 2016 → 2020')) : describe.skip.each<Dialect>(['sqlite']))('La Poste 2016 → 2020 published on %s', (dialect) => {
  let api: PublicationTestApp;
  let producer: string;
  let datasetId: string;
  const tokens: Record<'producer' | 'reviewer', { Authorization: string }> = {} as never;
  const published: Record<number, { siteCount: number; versionId: string }> = {};

  beforeAll(async () => {
    api = await startPublicationApp(dialect);
    const dataset = await api.dataset('La Poste', 'Points de contact');
    producer = dataset.producer;
    datasetId = dataset.datasetId;
    for (const [role, username, organizationIds] of [
      ['producer', 'producteur.laposte', [dataset.organizationId]],
      ['reviewer', 'relecteur.anct', []],
    ] as const) {
      await api.http().post('/api/users').set(api.admin).send({ username, password: PASSWORD, roles: [role], organizationIds }).expect(201);
      const login = await api.http().post('/api/auth/login').send({ username, password: PASSWORD }).expect(200);
      tokens[role] = { Authorization: `Bearer ${login.body.accessToken}` };
    }
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  const send = async (content: Buffer, name: string, mapping: object) => {
    const accepted = await api.http().post(`/api/datasets/${datasetId}/submissions`).set(tokens.producer).field('mapping', JSON.stringify(mapping)).attach('file', content, name).expect(202);
    const submission = (await api.http().get(`/api/submissions/${accepted.body.id}`).set(tokens.producer).expect(200)).body;
    const report = (await api.http().get(`/api/submissions/${submission.id}/report`).set(tokens.producer).expect(200)).body;
    return { submission, report };
  };

  const publishYear = async (year: 2016 | 2020) => {
    const baseMapping = JSON.parse(fs.readFileSync(MAPPING_FILE, 'utf8'));
    baseMapping.fields.date_maj = { constant: PUBLISHED_ON[year] };
    const original = fs.readFileSync(FILES[year]);
    const first = await send(original, path.basename(FILES[year]), baseMapping);
    expect(first.submission.status).toBe('invalid');

    const [header, ...rows] = Papa.parse<string[]>(original.toString('utf8'), { delimiter: ';', skipEmptyLines: true }).data;
    const fixes = fixLaPosteRows(header, rows, first.report.tasks[0].errors as ReportedError[]);
    expect(fixes.unfixable).toEqual([]);
    console.info(`La Poste ${year} : ${fixes.log.length} correction(s) d’après le rapport, dont :\n${fixes.log.filter((line) => !line.includes('Adresse')).join('\n')}`);
    const mapping = { fields: { ...baseMapping.fields, type_site: { ...baseMapping.fields.type_site, values: { ...baseMapping.fields.type_site.values, ...fixes.mappingValues } } } };
    const corrected = Buffer.from(Papa.unparse([header, ...fixes.kept], { delimiter: ';', newline: '\n' }), 'utf8');
    const second = await send(corrected, `laposte_${year}_corrige.csv`, mapping);
    expect(second.report.tasks[0].errors).toEqual([]);
    expect(second.submission).toMatchObject({ status: 'valid', errorCount: 0, siteCount: fixes.kept.length });

    await api.http().post(`/api/submissions/${second.submission.id}/submit`).set(tokens.producer).expect(200);
    api.clock.set(PUBLISHED_ON[year]);
    const approved = await api.http().post(`/api/submissions/${second.submission.id}/approve`).set(tokens.reviewer).send({ comment: `Liste ${year}` }).expect(200);
    expect(approved.body.status).toBe('published');
    published[year] = { siteCount: fixes.kept.length, versionId: approved.body.publishedVersionId };
    return { header, rows: fixes.kept };
  };

  const changes = async (query: string) => (await api.http().get(`/api/public/changes?${query}`).expect(200)).body;
  const siteAt = async (id: string, at?: string) => {
    const response = await api.http().get(`/api/public/sites?producteur=${producer}&commune=${id.startsWith('01024') ? '07070' : '07157'}${at ? `&at=${at}` : ''}&per_page=1000`).expect(200);
    return (response.body.data as { id: string; type_site: string }[]).find((site) => site.id === id);
  };

  it('publishes the 2016 list, then the 2020 list, each fixed from its report as La Poste would', async () => {
    await publishYear(2016);
    await publishYear(2020);
    const versions = (await api.http().get(`/api/published-versions?filter=${encodeURIComponent(JSON.stringify({ datasetId }))}&sort=${encodeURIComponent('["publishAt","ASC"]')}`).set(tokens.reviewer).expect(200)).body;
    expect(versions.map((version: { status: string; siteCount: number }) => [version.status, version.siteCount])).toEqual([
      ['superseded', published[2016].siteCount],
      ['current', published[2020].siteCount],
    ]);
    expect((await api.http().get(`/api/public/sites?producteur=${producer}&per_page=1`).expect(200)).body.total).toBe(published[2020].siteCount);
  });

  it('names the reclassifications: CORNAS (07), a bureau de poste turned agence postale communale under the same id', async () => {
    const reclassified = await changes('kind=reclassified&per_page=1000');
    expect(reclassified.total).toBeGreaterThan(500);
    const cornas = reclassified.data.find((event: { site: { id: string } }) => event.site.id === '01024A');
    expect(cornas).toMatchObject({ date: '2020-12-15', departement: '07', region: '84', details: { previousTypeSite: 'bureau_de_poste', typeSite: 'agence_postale_communale' } });
    const bureauxToAgences = reclassified.data.filter((event: { details: Record<string, string> }) => event.details.previousTypeSite === 'bureau_de_poste' && event.details.typeSite === 'agence_postale_communale');
    expect(bureauxToAgences.length).toBeGreaterThan(300);
  });

  it('names the replacements: MEYSSE BP replaced by MEYSSE AP, among hundreds', async () => {
    const ardeche = await changes('departement=07&kind=replaced&per_page=1000');
    const meysse = ardeche.data.find((event: { site: { id: string } }) => event.site.id === '01071A');
    expect(meysse).toMatchObject({ type: 'replaced', site: { nom: 'MEYSSE BP' }, site_remplacant: { id: '12498D', nom: 'MEYSSE AP' }, departement: '07', date: '2020-12-15' });
    const all = await changes('kind=replaced&per_page=1000');
    expect(all.total).toBeGreaterThan(500);
  });

  it('names the closures inferred from absence and the openings, filterable by département', async () => {
    const closures = await changes('kind=closed&per_page=1000');
    expect(closures.total).toBeGreaterThan(50);
    expect(closures.data.every((event: { deduit_de_l_absence: boolean; date: string }) => event.deduit_de_l_absence && event.date === '2020-12-15')).toBe(true);
    const openings = await changes('kind=opened&per_page=1');
    expect(openings.total).toBeGreaterThan(50);
    const ardeche = await changes('departement=07&per_page=1000');
    expect(ardeche.total).toBeGreaterThan(0);
    expect(ardeche.data.every((event: { departement: string }) => event.departement === '07')).toBe(true);
    const atom = await api.http().get('/api/public/changes.atom?departement=07').expect(200);
    expect(atom.text).toContain('MEYSSE AP');
    expect(atom.text).toContain('CORNAS AP');
    const summary = (await api.http().get('/api/public/territories/07/summary').expect(200)).body;
    expect(summary.evenements_par_annee).toEqual([expect.objectContaining({ annee: 2020 })]);
    expect(summary.evenements_par_annee[0].remplacements).toBe(ardeche.data.filter((event: { type: string }) => event.type === 'replaced').length);
  });

  it('shows the network as it was on 2017-01-01 and as it is now', async () => {
    const then = (await api.http().get(`/api/public/sites?producteur=${producer}&at=2017-01-01&per_page=1`).expect(200)).body.total;
    expect(then).toBe(published[2016].siteCount);
    expect(await siteAt('01071A', '2017-01-01')).toMatchObject({ nom: 'MEYSSE BP', type_site: 'bureau_de_poste' });
    expect(await siteAt('12498D', '2017-01-01')).toBeUndefined();
    expect(await siteAt('01071A')).toBeUndefined();
    expect(await siteAt('12498D')).toMatchObject({ nom: 'MEYSSE AP', type_site: 'agence_postale_communale' });
    expect(await siteAt('01024A', '2017-01-01')).toMatchObject({ type_site: 'bureau_de_poste' });
    expect(await siteAt('01024A')).toMatchObject({ type_site: 'agence_postale_communale' });
    expect(await siteAt('01024A', '2021-06-01')).toMatchObject({ type_site: 'agence_postale_communale' });
  });
});
