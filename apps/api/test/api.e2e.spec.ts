import { ApiTestApp, startApiTestApp } from './support/api-test-app';
import { dialectsUnderTest } from './support/databases';

describe.each(dialectsUnderTest('API e2e'))('API on %s', (dialect) => {
  let api: ApiTestApp;
  const admin = () => ({ Authorization: `Bearer ${api.adminToken}` });

  beforeAll(async () => {
    api = await startApiTestApp(dialect);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('reports every component healthy', async () => {
    const response = await api.http().get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: { status: 'up', driver: dialect === 'sqlite' ? 'better-sqlite3' : 'postgres' },
      storage: { status: 'up', driver: 'local' },
      jobs: { status: 'up', driver: 'database' },
    });
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const document = await api.http().get('/api/openapi.json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/organizations', '/api/organizations/{id}', '/api/datasets', '/api/health']));
    const ui = await api.http().get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('echoes the caller’s request id, or makes one', async () => {
    const echoed = await api.http().get('/api/health').set('X-Request-Id', 'essai-42').expect(200);
    expect(echoed.headers['x-request-id']).toBe('essai-42');
    const generated = await api.http().get('/api/health').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists the published schemas', async () => {
    const response = await api.http().get('/api/schemas').expect(200);
    const sitesPublics = response.body.find((schema: { name: string }) => schema.name === 'sites-publics');
    expect(sitesPublics.latestVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(sitesPublics.versions.map((version: { version: string }) => version.version)).toContain(sitesPublics.latestVersion);
  });

  it('serves the files of a published schema version as attachments, and a French 404 for anything else', async () => {
    const catalog = await api.http().get('/api/schemas').expect(200);
    const latest = catalog.body.find((schema: { name: string }) => schema.name === 'sites-publics').latestVersion;
    const base = `/api/schemas/sites-publics/${latest}`;
    const schema = await api.http().get(`${base}/schema.json`).expect(200);
    expect(schema.headers['content-type']).toMatch(/^application\/json/);
    expect(schema.headers['content-disposition']).toBe(`attachment; filename="sites-publics-${latest}-schema.json"`);
    expect(JSON.parse(schema.text ?? schema.body.toString()).fields.length).toBeGreaterThan(0);
    const template = await api.http().get(`${base}/modele.csv`).expect(200);
    expect(template.headers['content-type']).toMatch(/^text\/csv/);
    const workbook = await api.http().get(`${base}/modele.xlsx`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(workbook.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((workbook.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    for (const file of ['documentation.md', 'nomenclature-types-site.csv', 'exemple-valide.csv']) {
      expect((await api.http().get(`${base}/${file}`).expect(200)).headers['content-disposition']).toMatch(/^attachment;/);
    }

    for (const [pathName, message] of [
      ['/api/schemas/inconnu/1.0.0/schema.json', /Schéma « inconnu » inconnu/],
      ['/api/schemas/sites-publics/9.9.9/schema.json', /Version « 9\.9\.9 »/],
      [`${base}/catalog.json`, /Fichier « catalog\.json » inconnu/],
      [`${base}/..%2F..%2Fcatalog.json`, /inconnu/],
    ] as const) {
      const response = await api.http().get(pathName).expect(404);
      expect(response.body).toMatchObject({ code: 'SCHEMA_FILE_NOT_FOUND', message: expect.stringMatching(message) });
    }
    const document = await api.http().get('/api/openapi.json').expect(200);
    expect(document.body.paths['/api/schemas/{name}/{version}/{file}'].get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'file', schema: expect.objectContaining({ enum: expect.arrayContaining(['modele.xlsx']) }) })]),
    );
  });

  describe('organizations and datasets', () => {
    let dgfipId: string;

    it('creates organizations, deriving the slug from the name', async () => {
      const created = await api
        .http()
        .post('/api/organizations')
        .set(admin())
        .send({ name: 'Direction générale des Finances publiques', siren: '130004880', kind: 'direction' })
        .expect(201);
      expect(created.body).toMatchObject({ slug: 'direction-generale-des-finances-publiques', siren: '130004880', kind: 'direction' });
      expect(created.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      dgfipId = created.body.id;
      for (const name of ['Agence nationale de la cohésion des territoires', 'La Poste', 'France Travail']) {
        await api.http().post('/api/organizations').set(admin()).send({ name, kind: 'operateur' }).expect(201);
      }
    });

    it('refuses writes without credentials', async () => {
      await api.http().post('/api/organizations').send({ name: 'Anonyme', kind: 'autre' }).expect(401);
    });

    it('lists in the simple-rest dialect with Content-Range', async () => {
      const page = await api.http().get('/api/organizations').query({ sort: '["name","ASC"]', range: '[1,2]' }).expect(200);
      expect(page.headers['content-range']).toBe('organizations 1-2/4');
      expect(page.headers['access-control-expose-headers']).toContain('Content-Range');
      expect(page.body.map((organization: { name: string }) => organization.name)).toEqual(['Direction générale des Finances publiques', 'France Travail']);

      const searched = await api.http().get('/api/organizations').query({ filter: '{"q":"poste"}' }).expect(200);
      expect(searched.body.map((organization: { slug: string }) => organization.slug)).toEqual(['la-poste']);
      expect(searched.headers['content-range']).toBe('organizations 0-0/1');

      const byIds = await api.http().get('/api/organizations').query({ filter: JSON.stringify({ id: [dgfipId, 'pas-un-uuid'] }) }).expect(200);
      expect(byIds.body).toHaveLength(1);
    });

    it('explains a bad list query in French', async () => {
      const response = await api.http().get('/api/organizations').query({ sort: '["motdepasse","ASC"]' }).expect(400);
      expect(response.body).toMatchObject({ code: 'INVALID_LIST_QUERY', message: expect.stringContaining('Tri impossible sur « motdepasse »') });
    });

    it('lists every invalid field in French', async () => {
      const response = await api.http().post('/api/organizations').set(admin()).send({ name: 'X', siren: '123456789', kind: 'ministère' }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      const fields = Object.fromEntries(response.body.details.map((detail: { field: string; messages: string[] }) => [detail.field, detail.messages.join(' ; ')]));
      expect(fields.name).toContain('entre 2 et 200 caractères');
      expect(fields.siren).toContain('clé de contrôle de Luhn incorrecte');
      expect(fields.kind).toContain('ministere, direction, operateur, collectivite, autre');
    });

    it('answers 404 with a code for unknown ids, uuid or not', async () => {
      for (const id of ['5f0c6d1e-8b7a-4c2d-9e1f-0a1b2c3d4e5f', 'inconnu']) {
        const response = await api.http().get(`/api/organizations/${id}`).expect(404);
        expect(response.body).toEqual({ statusCode: 404, code: 'ORGANIZATION_NOT_FOUND', message: 'Organisation introuvable' });
      }
      const dataset = await api.http().get('/api/datasets/5f0c6d1e-8b7a-4c2d-9e1f-0a1b2c3d4e5f').expect(404);
      expect(dataset.body.code).toBe('DATASET_NOT_FOUND');
    });

    it('updates an organization from a whole react-admin record and refuses a taken slug', async () => {
      const current = await api.http().get(`/api/organizations/${dgfipId}`).expect(200);
      const updated = await api.http().put(`/api/organizations/${dgfipId}`).set(admin()).send({ ...current.body, slug: 'dgfip' }).expect(200);
      expect(updated.body).toMatchObject({ id: dgfipId, slug: 'dgfip', name: 'Direction générale des Finances publiques' });
      const conflict = await api.http().put(`/api/organizations/${dgfipId}`).set(admin()).send({ slug: 'la-poste' }).expect(409);
      expect(conflict.body.code).toBe('ORGANIZATION_SLUG_TAKEN');
    });

    it('creates datasets under an organization with the latest schema version by default', async () => {
      const catalog = await api.http().get('/api/schemas').expect(200);
      const latest = catalog.body.find((schema: { name: string }) => schema.name === 'sites-publics').latestVersion;
      const created = await api
        .http()
        .post(`/api/organizations/${dgfipId}/datasets`)
        .set(admin())
        .send({ name: 'Centres des finances publiques', description: 'Accueil du public' })
        .expect(201);
      expect(created.body).toMatchObject({ organizationId: dgfipId, slug: 'centres-des-finances-publiques', schemaName: 'sites-publics', schemaVersion: latest });

      const duplicate = await api.http().post(`/api/organizations/${dgfipId}/datasets`).set(admin()).send({ name: 'Centres des finances publiques' }).expect(409);
      expect(duplicate.body.code).toBe('DATASET_SLUG_TAKEN');
      const unknownVersion = await api.http().post(`/api/organizations/${dgfipId}/datasets`).set(admin()).send({ name: 'Trésoreries', schemaVersion: '9.9.9' }).expect(400);
      expect(unknownVersion.body.code).toBe('SCHEMA_VERSION_NOT_FOUND');
      const orphan = await api.http().post('/api/organizations/5f0c6d1e-8b7a-4c2d-9e1f-0a1b2c3d4e5f/datasets').set(admin()).send({ name: 'Orphelin' }).expect(404);
      expect(orphan.body.code).toBe('ORGANIZATION_NOT_FOUND');

      const list = await api.http().get('/api/datasets').query({ filter: JSON.stringify({ organizationId: dgfipId }) }).expect(200);
      expect(list.headers['content-range']).toBe('datasets 0-0/1');
      const updated = await api.http().put(`/api/datasets/${created.body.id}`).set(admin()).send({ description: null, name: 'Centres des impôts' }).expect(200);
      expect(updated.body).toMatchObject({ name: 'Centres des impôts', description: null, slug: 'centres-des-finances-publiques' });
      const fetched = await api.http().get(`/api/datasets/${created.body.id}`).expect(200);
      expect(fetched.body.name).toBe('Centres des impôts');
    });

    it('records every organization and dataset change in the audit log with actor, organization, IP and a diff', async () => {
      const auditOf = async (targetType: string, targetId: string) => {
        const response = await api.http().get('/api/audit-events').query({ filter: JSON.stringify({ targetType, targetId }), sort: '["at","ASC"]' }).set(admin()).expect(200);
        return response.body as { action: string; actorType: string; organizationId: string; ip: string | null; channel: string; details: Record<string, unknown> }[];
      };
      const organizationEvents = await auditOf('organization', dgfipId);
      expect(organizationEvents.map((event) => event.action)).toEqual(['organization.created', 'organization.updated']);
      for (const event of organizationEvents) expect(event).toMatchObject({ actorType: 'user', organizationId: dgfipId, ip: expect.any(String) });
      expect(organizationEvents[1].details).toEqual({ slug: { from: 'direction-generale-des-finances-publiques', to: 'dgfip' } });

      const datasets = await api.http().get('/api/datasets').query({ filter: JSON.stringify({ organizationId: dgfipId }) }).expect(200);
      const datasetEvents = await auditOf('dataset', datasets.body[0].id);
      expect(datasetEvents.map((event) => event.action)).toEqual(['dataset.created', 'dataset.updated']);
      for (const event of datasetEvents) expect(event).toMatchObject({ actorType: 'user', organizationId: dgfipId, ip: expect.any(String) });
      expect(datasetEvents[1].details).toEqual({
        name: { from: 'Centres des finances publiques', to: 'Centres des impôts' },
        description: { from: 'Accueil du public', to: null },
      });

      await api.http().put(`/api/datasets/${datasets.body[0].id}/mapping`).set(admin()).send({ mapping: { fields: { id: 'code', nom: 'libelle' } } }).expect(200);
      const [mappingEvent] = (await auditOf('dataset', datasets.body[0].id)).filter((event) => event.action === 'dataset.mapping.saved');
      expect(mappingEvent).toMatchObject({ actorType: 'user', organizationId: dgfipId, ip: expect.any(String), details: { mappedFields: { from: 0, to: 2 }, remappedFields: ['id', 'nom'] } });
    });
  });

  it('exposes Prometheus metrics with route patterns and job gauges', async () => {
    const response = await api.http().get('/api/metrics').expect(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.text).toMatch(/maillage_http_requests_total\{method="GET",route="\/api\/organizations\/:id",status="404"\} \d+/);
    expect(response.text).toContain('maillage_http_request_duration_seconds_bucket');
    expect(response.text).toMatch(/maillage_jobs\{state="waiting"\} \d+/);
    expect(response.text).toMatch(/maillage_jobs\{state="failed"\} \d+/);
  });

  it('answers a malformed JSON body with a French 400', async () => {
    const response = await api.http().post('/api/organizations').set(admin()).set('Content-Type', 'application/json').send('{"name": ').expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON', message: expect.stringContaining('Corps de requête JSON mal formé') });
  });

  it('answers an oversized JSON body with a French 413, not a 500', async () => {
    const response = await api.http().post('/api/organizations').set(admin()).send({ name: 'x'.repeat(2_000_000), kind: 'autre' });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Requête trop volumineuse' });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await api.http().get('/api/nulle-part').expect(404);
    expect(response.body.statusCode).toBe(404);
  });
});
