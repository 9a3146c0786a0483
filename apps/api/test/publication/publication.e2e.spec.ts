import { createHash } from 'crypto';
import { ConsolidatedSites } from '../../src/publication/consolidated-sites';
import { writeSitesCsv } from '../../src/publication/exports';
import { VersionFiles } from '../../src/publication/version-files';
import type { SiteRecord } from '../../src/review/diff/site-record';
import { dialectsUnderTest } from '../support/databases';
import { PublicationTestApp, site, startPublicationApp } from './publication-app';

async function csvBytes(sites: SiteRecord[]): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeSitesCsv(sites)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const PRIVAS = { code_insee: '07186', commune: 'Privas', code_postal: '07000' };
const AUBENAS = { code_insee: '07019', commune: 'Aubenas', code_postal: '07200' };
const VALENCE = { code_insee: '26362', commune: 'Valence', code_postal: '26000' };

// Version 1, published 2024-01-10; version 2, published 2025-03-01.
const V1 = [
  site('s1', 'Centre des finances publiques de Privas', { ...PRIVAS, adresse: '1 rue de la République' }),
  site('s2', 'Trésorerie d’Aubenas', { ...AUBENAS, adresse: '3 place de l’Hôtel de ville' }),
  site('s3', 'Centre des finances publiques de Valence', { ...VALENCE, adresse: '10 avenue de Romans' }),
  site('s4', 'Permanence de Privas', { ...PRIVAS, adresse: '8 cours du Temple', date_ouverture: '2020-03-01', date_fermeture: '2024-06-30', statut: 'fermeture_prevue' }),
];
const V2 = [
  site('s1', 'Centre des finances publiques de Privas', { ...PRIVAS, adresse: '5 avenue de Chomérac' }),
  V1[2],
  { ...V1[3], statut: 'ferme' as const },
  site('s5', 'Espace France services de Privas', { ...PRIVAS, adresse: '2 rue Pierre Filliat', date_ouverture: '2025-02-01' }),
];

describe.each(dialectsUnderTest('Publication'))('publication on %s', (dialect) => {
  let api: PublicationTestApp;
  let dataset: Awaited<ReturnType<PublicationTestApp['dataset']>>;
  let reviewer: { Authorization: string };
  const versionIds: Record<string, string> = {};

  const publicIds = async (query = '') => {
    const response = await api.http().get(`/api/public/sites?producteur=${dataset.producer}${query}`).expect(200);
    return (response.body.data as { id: string }[]).map((item) => item.id).sort();
  };
  const version = async (id: string) => (await api.http().get(`/api/published-versions/${id}`).set(api.admin).expect(200)).body;

  beforeAll(async () => {
    api = await startPublicationApp(dialect);
    dataset = await api.dataset('Direction départementale des finances publiques de l’Ardèche', 'Accueils DGFiP');
    await api.http().post('/api/users').set(api.admin).send({ username: 'relectrice', password: 'mot-de-passe-relectrice', roles: ['reviewer'] }).expect(201);
    const login = await api.http().post('/api/auth/login').send({ username: 'relectrice', password: 'mot-de-passe-relectrice' });
    reviewer = { Authorization: `Bearer ${login.body.accessToken}` };
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('publishes a first version at once: current, its sites public, its CSV stored as it was', async () => {
    api.clock.set('2024-01-10');
    const ref = await api.publish(dataset, V1);
    expect(ref.status).toBe('published');
    versionIds.v1 = ref.versionId;
    const stored = await version(ref.versionId);
    expect(stored).toMatchObject({ status: 'current', siteCount: 4, datasetId: dataset.datasetId });
    expect(await publicIds()).toEqual(['s1', 's2', 's3', 's4']);
    const expected = await csvBytes(V1);
    const download = await api.http().get(`/api/public/versions/${ref.versionId}.csv`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(Buffer.compare(download.body as Buffer, expected)).toBe(0);
    expect(stored.csvSha256).toBe(createHash('sha256').update(expected).digest('hex'));
    const diffed: SiteRecord[] = [];
    for await (const record of api.publication.currentSites(dataset.datasetId)) diffed.push(record);
    expect(diffed).toEqual(V1);
  });

  it('supersedes it with a second version and records the events of the difference', async () => {
    api.clock.set('2025-03-01');
    const ref = await api.publish(dataset, V2);
    versionIds.v2 = ref.versionId;
    expect((await version(versionIds.v1)).status).toBe('superseded');
    expect((await version(ref.versionId)).status).toBe('current');
    expect(await publicIds()).toEqual(['s1', 's3', 's4', 's5']);
    const all = (await api.http().get('/api/public/changes?departement=07&per_page=50').expect(200)).body.data as Record<string, any>[];
    // The first version only brought the events it declared dates for: s4's opening and planned closure.
    expect(all.filter((event) => event.version_publiee === versionIds.v1).map((event) => `${event.type}:${event.site.id}:${event.date}`).sort()).toEqual([
      'opened:s4:2020-03-01',
      'planned_closure:s4:2024-06-30',
    ]);
    const changes = all.filter((event) => event.version_publiee === ref.versionId);
    const summary = changes.map((event) => `${event.type}:${event.site.id}:${event.date}:${event.deduit_de_l_absence}`).sort();
    expect(summary).toEqual(['closed:s2:2025-03-01:true', 'closed:s4:2024-06-30:false', 'moved:s1:2025-03-01:false', 'opened:s5:2025-02-01:false']);
    expect(changes.every((event) => event.version_publiee === ref.versionId && event.departement === '07' && event.region === '84')).toBe(true);
  });

  it('counts each event in the year of its declared date, else of its publication, and says which', async () => {
    const summary = (await api.http().get('/api/public/territories/07/summary').expect(200)).body;
    expect(summary.evenements_par_annee).toEqual([
      { annee: 2020, ouvertures: 1, fermetures: 0, remplacements: 0, source_des_dates: { declaree: 1, publication: 0 } },
      { annee: 2024, ouvertures: 0, fermetures: 1, remplacements: 0, source_des_dates: { declaree: 1, publication: 0 } },
      // s5's declared opening, and s2 closed on the day its absence was published.
      { annee: 2025, ouvertures: 1, fermetures: 1, remplacements: 0, source_des_dates: { declaree: 1, publication: 1 } },
    ]);
  });

  it('answers at=YYYY-MM-DD from declared dates and publication history', async () => {
    // s4 opened in 2020 (declared), closed 2024-06-30; s2 removed by absence on 2025-03-01; s5 opened 2025-02-01.
    expect(await publicIds('&at=2022-01-01')).toEqual(['s4']);
    expect(await publicIds('&at=2024-03-01')).toEqual(['s1', 's2', 's3', 's4']);
    expect(await publicIds('&at=2025-01-01')).toEqual(['s1', 's2', 's3']);
    expect(await publicIds('&at=2025-06-01')).toEqual(['s1', 's3', 's5']);
    const before = (await api.http().get(`/api/public/sites?producteur=${dataset.producer}&at=2024-03-01&commune=07186`).expect(200)).body.data;
    expect(before.find((item: { id: string }) => item.id === 's1').adresse).toBe('1 rue de la République');
    const after = (await api.http().get(`/api/public/sites?producteur=${dataset.producer}&at=2025-06-01&commune=07186`).expect(200)).body.data;
    expect(after.find((item: { id: string }) => item.id === 's1').adresse).toBe('5 avenue de Chomérac');
  });

  it('schedules a version, which stays out of the public data, and cancels it before its date (audited)', async () => {
    const ref = await api.publish(dataset, [...V2, site('s6', 'Nouveau site programmé', PRIVAS)], new Date('2025-04-01T08:00:00Z'));
    expect(ref).toMatchObject({ status: 'scheduled', publishAt: new Date('2025-04-01T08:00:00Z') });
    expect((await version(ref.versionId)).status).toBe('scheduled');
    expect(await publicIds()).toEqual(['s1', 's3', 's4', 's5']);
    await api.publication.cancelScheduled(ref.versionId, { id: 'relecteur-test', name: 'Relectrice de test' });
    expect((await version(ref.versionId)).status).toBe('cancelled');
    await expect(api.publication.cancelScheduled(ref.versionId, { id: 'relecteur-test', name: 'Relectrice de test' })).rejects.toMatchObject({ code: 'VERSION_NOT_SCHEDULED' });
    const audit = await api.http().get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ targetId: ref.versionId }))}`).set(api.admin).expect(200);
    expect(audit.body.map((event: { action: string }) => event.action).sort()).toEqual(['publication.version.cancelled', 'publication.version.scheduled']);
    expect(await api.publication.publishDue(new Date('2025-05-01T00:00:00Z'))).toBe(0);
  });

  it('publishes a scheduled version when its date has come, once', async () => {
    const ref = await api.publish(dataset, [...V2, site('s6', 'Nouveau site programmé', PRIVAS)], new Date('2025-04-01T08:00:00Z'));
    versionIds.v3 = ref.versionId;
    expect(await api.publication.publishDue()).toBe(0);
    api.clock.set('2025-04-02');
    expect(await Promise.all([api.publication.publishDue(), api.publication.publishDue()]).then(([a, b]) => a + b)).toBe(1);
    expect((await version(ref.versionId)).status).toBe('current');
    expect((await version(versionIds.v2)).status).toBe('superseded');
    expect(await publicIds()).toEqual(['s1', 's3', 's4', 's5', 's6']);
  });

  it('lets an admin retract the current version with a reason: the previous one is current again, as it was', async () => {
    await api.http().post(`/api/published-versions/${versionIds.v3}/retract`).set(reviewer).send({ reason: 'Site programmé par erreur' }).expect(403);
    await api.http().post(`/api/published-versions/${versionIds.v3}/retract`).set(api.admin).send({ reason: 'x' }).expect(400);
    const retracted = await api.http().post(`/api/published-versions/${versionIds.v3}/retract`).set(api.admin).send({ reason: 'Site programmé par erreur' }).expect(200);
    expect(retracted.body).toMatchObject({ status: 'retracted', retractionReason: 'Site programmé par erreur', retractedByName: 'admin' });
    expect((await version(versionIds.v2)).status).toBe('current');
    expect(await publicIds()).toEqual(['s1', 's3', 's4', 's5']);
    const restored: SiteRecord[] = [];
    for await (const record of api.publication.currentSites(dataset.datasetId)) restored.push(record);
    expect(restored.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...V2].sort((a, b) => a.id.localeCompare(b.id)));
    const events = (await api.http().get('/api/public/changes?per_page=100').expect(200)).body.data as { version_publiee: string }[];
    expect(events.some((event) => event.version_publiee === versionIds.v3)).toBe(false);
    expect(await publicIds('&at=2025-06-01')).toEqual(['s1', 's3', 's5']);
    await api.http().post(`/api/published-versions/${versionIds.v1}/retract`).set(api.admin).send({ reason: 'Trop ancienne' }).expect(409);
    const audit = await api.http().get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ action: 'publication.version.retracted' }))}`).set(api.admin).expect(200);
    expect(audit.body[0]).toMatchObject({ targetId: versionIds.v3, details: { reason: 'Site programmé par erreur', restoredVersionId: versionIds.v2 } });
    // The retracted version stays downloadable as it was.
    const csv = await api.http().get(`/api/public/versions/${versionIds.v3}.csv`).expect(200);
    expect(csv.text).toContain('s6,Nouveau site programmé');
  });

  it('rolls back a publication that fails midway: the current version stays, nothing is left to publish later', async () => {
    const failure = jest.spyOn(api.app.get(ConsolidatedSites), 'applyVersion').mockRejectedValueOnce(new Error('disque plein'));
    await expect(api.publish(dataset, [site('s9', 'Site jamais publié', PRIVAS)])).rejects.toThrow('disque plein');
    failure.mockRestore();
    expect(await publicIds()).toEqual(['s1', 's3', 's4', 's5']);
    expect((await version(versionIds.v2)).status).toBe('current');
    expect(await api.publication.publishDue(new Date('2030-01-01T00:00:00Z'))).toBe(0);
    const cancelled = await api.http().get(`/api/published-versions?filter=${encodeURIComponent(JSON.stringify({ datasetId: dataset.datasetId, status: 'cancelled' }))}`).set(api.admin).expect(200);
    expect(cancelled.body).toHaveLength(2);
  });

  it('lists published versions for reviewers and admins in the simple-rest dialect', async () => {
    const list = await api.http().get(`/api/published-versions?filter=${encodeURIComponent(JSON.stringify({ datasetId: dataset.datasetId }))}&sort=${encodeURIComponent('["publishAt","ASC"]')}`).set(reviewer).expect(200);
    expect(list.headers['content-range']).toBe('published-versions 0-4/5');
    expect(list.body.slice(0, 2).map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([
      [versionIds.v1, 'superseded'],
      [versionIds.v2, 'current'],
    ]);
    expect(list.body.slice(2).map((item: { status: string }) => item.status).sort()).toEqual(['cancelled', 'cancelled', 'retracted']);
    expect(list.body[1].downloads.csv).toBe(`/api/public/versions/${versionIds.v2}.csv`);
    await api.http().get('/api/published-versions').expect(401);
  });

  it('lets producers read their own organisation’s published versions, and nobody else’s', async () => {
    const other = await api.dataset('Caisse d’allocations familiales de l’Ardèche', 'Accueils CAF');
    const producerOf = async (username: string, organizationId: string) => {
      await api.http().post('/api/users').set(api.admin).send({ username, password: `mot-de-passe-${username}`, roles: ['producer'], organizationIds: [organizationId] }).expect(201);
      const login = await api.http().post('/api/auth/login').send({ username, password: `mot-de-passe-${username}` }).expect(200);
      return { Authorization: `Bearer ${login.body.accessToken}` };
    };
    const member = await producerOf('productrice-dgfip', dataset.organizationId);
    const outsider = await producerOf('producteur-caf', other.organizationId);

    const own = await api.http().get('/api/published-versions').set(member).expect(200);
    expect(own.headers['content-range']).toBe('published-versions 0-4/5');
    expect(new Set(own.body.map((item: { organizationId: string }) => item.organizationId))).toEqual(new Set([dataset.organizationId]));
    expect((await api.http().get(`/api/published-versions/${versionIds.v2}`).set(member).expect(200)).body.status).toBe('current');

    const none = await api.http().get(`/api/published-versions?filter=${encodeURIComponent(JSON.stringify({ organizationId: dataset.organizationId }))}`).set(outsider).expect(200);
    expect(none.body).toEqual([]);
    const hidden = await api.http().get(`/api/published-versions/${versionIds.v2}`).set(outsider).expect(404);
    expect(hidden.body.message).toMatch(/introuvable/i);
  });

  it('leaves a version this process publishes at once to that publication: the periodic check does not read and diff it again', async () => {
    const own = await api.dataset('Préfecture de l’Ardèche', 'Accueils de la préfecture');
    await api.publish(own, [site('p1', 'Préfecture de Privas', PRIVAS)]);
    const files = api.app.get(VersionFiles);
    const readSites = files.readSites.bind(files);
    let dueMeanwhile: number | null = null;
    let readsMeanwhile: number | null = null;
    // The current version's CSV is read while the new version waits, committed as `scheduled` and due.
    const reads = jest.spyOn(files, 'readSites').mockImplementationOnce(async (key) => {
      const before = reads.mock.calls.length;
      dueMeanwhile = await api.publication.publishDue(new Date('2030-01-01T00:00:00Z'));
      readsMeanwhile = reads.mock.calls.length - before;
      return readSites(key);
    });
    const ref = await api.publish(own, [site('p1', 'Préfecture de Privas', PRIVAS), site('p2', 'Sous-préfecture de Largentière', AUBENAS)]);
    reads.mockRestore();
    expect(ref.status).toBe('published');
    expect([dueMeanwhile, readsMeanwhile]).toEqual([0, 0]);
    expect((await version(ref.versionId)).status).toBe('current');
  });
});
