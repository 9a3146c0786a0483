import fs from 'fs';
import path from 'path';
import Papa from 'papaparse';
import { ADMIN_PASSWORD, ApiTestApp, startApiTestApp } from '../support/api-test-app';
import { dialectsUnderTest } from '../support/databases';
import { Actors, bearer, createActors, waitForStatus } from './support/workflow-app';

// The first validation loads the French reference data (communes, postal codes): slow on a loaded CI machine.
jest.setTimeout(60_000);

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../../schemas/sites-publics/1.0.0/exemple-valide.csv'), 'utf8');

/** The example file changed as a producer's next list would be: a site gone, one moved, one new. */
function nextVersion(): Buffer {
  const [header, ...rows] = Papa.parse<string[]>(EXAMPLE.trim()).data;
  const column = (name: string) => header.indexOf(name);
  const kept = rows.filter((row) => row[column('id')] !== 'sp-23-aubusson' && row[column('site_parent')] !== 'sp-23-aubusson');
  const prefecture = kept.find((row) => row[column('id')] === 'pref-23') as string[];
  prefecture[column('adresse')] = '12 avenue de la République';
  const added = [...prefecture];
  added[column('id')] = 'pref-23-annexe';
  added[column('nom')] = 'Annexe de la préfecture de la Creuse';
  added[column('etp')] = '3';
  return Buffer.from(Papa.unparse([header, ...kept, added]), 'utf8');
}

/** The workflow with the publication context the application really runs, not a stand-in. */
describe.each(dialectsUnderTest('Soumission publiée pour de vrai'))('submission published through the real publication context on %s', (dialect) => {
  let api: ApiTestApp;
  let actors: Actors;
  let producerSlug: string;

  beforeAll(async () => {
    api = await startApiTestApp(dialect);
    actors = await createActors(api, ADMIN_PASSWORD);
    producerSlug = (await api.http().get(`/api/organizations/${actors.orgA}`).expect(200)).body.slug;
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const sendAndPublish = async (content: Buffer, name: string) => {
    const accepted = await api.http().post(`/api/datasets/${actors.datasetA}/submissions`).set(bearer(actors.producerA)).attach('file', content, name).expect(202);
    const validated = await waitForStatus(api, actors.producerA, accepted.body.id);
    expect(validated.status).toBe('valid');
    await api.http().post(`/api/submissions/${validated.id}/submit`).set(bearer(actors.producerA)).expect(200);
    const published = await api.http().post(`/api/submissions/${validated.id}/approve`).set(bearer(actors.reviewer)).send({}).expect(200);
    expect(published.body).toMatchObject({ status: 'published', publishedVersionId: expect.any(String) });
    return validated;
  };

  it('publishes an approved file: its sites are in the public API', async () => {
    await sendAndPublish(Buffer.from(EXAMPLE, 'utf8'), 'exemple-valide.csv');
    const site = await api.http().get(`/api/public/sites/${producerSlug}/pref-23`).expect(200);
    expect(JSON.stringify(site.body)).toContain('Préfecture de la Creuse');
    const list = await api.http().get('/api/public/sites').query({ departement: '23' }).expect(200);
    expect(list.body.total).toBeGreaterThan(0);
  });

  it('diffs the next file against the published version, then publishes it', async () => {
    const next = await sendAndPublish(nextVersion(), 'version-suivante.csv');
    expect(next.diffSummary).toMatchObject({ previousCount: 71, added: 1, byEvent: { moved: 1 } });
    expect(next.diffSummary.removed).toBeGreaterThanOrEqual(1);
    const diff = await api.http().get(`/api/submissions/${next.id}/diff`).set(bearer(actors.reviewer)).expect(200);
    expect(diff.body.added.map((site: { id: string }) => site.id)).toEqual(['pref-23-annexe']);
    expect(diff.body.removed.map((site: { id: string }) => site.id)).toContain('sp-23-aubusson');
    expect(diff.body.events.find((event: { kind: string }) => event.kind === 'moved')).toMatchObject({ siteId: 'pref-23' });
    await api.http().get(`/api/public/sites/${producerSlug}/pref-23-annexe`).expect(200);
  });
});
