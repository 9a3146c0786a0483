import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { ApiToken } from '../../src/identity/api-tokens/api-token.entity';
import { SubmissionsProbeController } from './probe.controller';
import { startTestApp, TEST_ADMIN_PASSWORD, TestApp, testDialects } from './test-app';

// Boots the whole application (migrations, scrypt hashing): slow on a loaded machine, and PostgreSQL is slower still.
jest.setTimeout(60_000);

describe.each(testDialects('Jetons d’API'))('API tokens on %s', (dialect) => {
  let api: TestApp;
  let admin: string;
  let producerA: string;
  let producerB: string;
  let reviewer: string;
  let orgA: string;
  let orgB: string;

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const tokensUrl = (organizationId: string) => `/api/organizations/${organizationId}/api-tokens`;
  const submissionsUrl = (organizationId: string) => `/api/probe/organizations/${organizationId}/submissions`;

  async function signIn(username: string, password: string): Promise<string> {
    return (await api.http().post('/api/auth/login').send({ username, password }).expect(200)).body.accessToken;
  }

  async function createOrganization(name: string): Promise<string> {
    return (await api.http().post('/api/organizations').set(bearer(admin)).send({ name, kind: 'operateur' }).expect(201)).body.id;
  }

  async function createPerson(username: string, roles: string[], organizationIds: string[]): Promise<string> {
    const password = 'un-mot-de-passe-solide';
    await api.http().post('/api/users').set(bearer(admin)).send({ username, password, roles, organizationIds }).expect(201);
    return signIn(username, password);
  }

  function createToken(as: string, organizationId: string, body: Record<string, unknown>) {
    return api.http().post(tokensUrl(organizationId)).set(bearer(as)).send(body);
  }

  beforeAll(async () => {
    api = await startTestApp(dialect, {}, { probes: [SubmissionsProbeController] });
    admin = await signIn('admin', TEST_ADMIN_PASSWORD);
    orgA = await createOrganization('La Poste');
    orgB = await createOrganization('Caisse nationale des allocations familiales');
    producerA = await createPerson('producteur.a', ['producer'], [orgA]);
    producerB = await createPerson('producteur.b', ['producer'], [orgB]);
    reviewer = await createPerson('relecteur', ['reviewer'], []);
  });
  afterAll(() => api.close());

  const rows = () => api.app.get(DataSource).getRepository(ApiToken);
  const audit = () => api.app.get(DataSource).getRepository(AuditEvent);

  it('answers the secret once and keeps only its sha256 and a short prefix', async () => {
    const created = await createToken(producerA, orgA, { name: 'Export nocturne', scopes: ['submissions:write'] }).expect(201);
    expect(created.body.token).toMatch(/^mlg_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({ name: 'Export nocturne', scopes: ['submissions:write'], organizationId: orgA, createdByName: 'producteur.a' });
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);
    const row = await rows().findOneByOrFail({ id: created.body.id });
    expect(row.secretHash).toBe(createHash('sha256').update(created.body.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.body.token.slice(12));

    const listed = await api.http().get(tokensUrl(orgA)).set(bearer(producerA)).expect(200);
    expect(listed.headers['content-range']).toMatch(/^api-tokens 0-\d+\/\d+$/);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    expect(listed.body.find((token: { id: string }) => token.id === created.body.id)).toMatchObject({ prefix: created.body.prefix, lastUsedAt: null });
  });

  it('lets a token act for its organisation within its scopes, and records its last use', async () => {
    const { body } = await createToken(admin, orgA, { name: 'Dépôt SIRH', scopes: ['submissions:write'] }).expect(201);
    const submitted = await api.http().post(submissionsUrl(orgA)).set(bearer(body.token)).expect(201);
    expect(submitted.body).toEqual({ submittedBy: 'api-token', organizationId: orgA });
    await api.http().post(submissionsUrl(orgB)).set(bearer(body.token)).expect(404);
    const readDenied = await api.http().get(submissionsUrl(orgA)).set(bearer(body.token)).expect(403);
    expect(readDenied.body.message).toContain('portée');
    await api.http().get('/api/auth/me').set(bearer(body.token)).expect(403);
    await api.http().get('/api/users').set(bearer(body.token)).expect(403);
    const row = await rows().findOneByOrFail({ id: body.id });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    const used = await audit().findBy({ action: 'token.used', targetId: body.id });
    expect(used).toHaveLength(1);
    expect(used[0]).toMatchObject({ channel: 'api', actorType: 'api-token', organizationId: orgA });
  });

  it('hides another organisation’s tokens behind a 404 and refuses reviewers', async () => {
    await createToken(producerB, orgA, { name: 'Intrus', scopes: ['submissions:read'] }).expect(404);
    await api.http().get(tokensUrl(orgA)).set(bearer(producerB)).expect(404);
    await createToken(reviewer, orgA, { name: 'Relecteur', scopes: ['submissions:read'] }).expect(403);
    await createToken(admin, '5d8f6a4e-0000-4000-8000-000000000000', { name: 'Fantôme', scopes: ['submissions:read'] }).expect(404);
  });

  it('checks the request: scopes from the list, an expiry in the future', async () => {
    const badScope = await createToken(producerA, orgA, { name: 'Trop large', scopes: ['admin'] }).expect(400);
    expect(badScope.body.message).toContain('submissions:write');
    const past = await createToken(producerA, orgA, { name: 'Périmé', scopes: ['submissions:read'], expiresAt: '2020-01-01T00:00:00Z' }).expect(400);
    expect(past.body.code).toBe('INVALID_EXPIRY');
  });

  it('stops a revoked token at once, and a producer of another organisation cannot revoke it', async () => {
    const { body } = await createToken(producerA, orgA, { name: 'À révoquer', scopes: ['submissions:write'] }).expect(201);
    await api.http().delete(`${tokensUrl(orgA)}/${body.id}`).set(bearer(producerB)).expect(404);
    await api.http().delete(`${tokensUrl(orgB)}/${body.id}`).set(bearer(producerB)).expect(404);
    const revoked = await api.http().delete(`${tokensUrl(orgA)}/${body.id}`).set(bearer(producerA)).expect(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const refused = await api.http().post(submissionsUrl(orgA)).set(bearer(body.token)).expect(401);
    expect(refused.body.code).toBe('TOKEN_REVOKED');
    expect(await audit().countBy({ action: 'token.revoked', targetId: body.id })).toBe(1);
  });

  it('warns during the last 14 days and refuses the token once expired', async () => {
    const expiresAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const { body } = await createToken(producerA, orgA, { name: 'Bientôt périmé', scopes: ['submissions:write'], expiresAt }).expect(201);
    const warned = await api.http().post(submissionsUrl(orgA)).set(bearer(body.token)).expect(201);
    expect(warned.headers['maillage-token-expires-soon']).toBe(expiresAt);
    expect(warned.headers.warning).toBe(`299 maillage "Ce jeton d'API expire le ${expiresAt} : creez-en un nouveau"`);

    const { body: distant } = await createToken(producerA, orgA, { name: 'Lointain', scopes: ['submissions:write'], expiresAt: new Date(Date.now() + 60 * 86_400_000).toISOString() }).expect(201);
    const quiet = await api.http().post(submissionsUrl(orgA)).set(bearer(distant.token)).expect(201);
    expect(quiet.headers['maillage-token-expires-soon']).toBeUndefined();

    await rows().update({ id: body.id }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await api.http().post(submissionsUrl(orgA)).set(bearer(body.token)).expect(401);
    expect(expired.body.code).toBe('TOKEN_EXPIRED');
  });

  it('refuses an unknown token', async () => {
    const response = await api.http().post(submissionsUrl(orgA)).set(bearer(`mlg_${'A'.repeat(43)}`)).expect(401);
    expect(response.body.code).toBe('INVALID_TOKEN');
  });

  it('keeps the trail readable by reviewers and admins, filtered, and by nobody else', async () => {
    const byAction = await api.http().get('/api/audit-events').query({ filter: JSON.stringify({ action: 'token.*', organizationId: orgA }) }).set(bearer(reviewer)).expect(200);
    const actions = new Set(byAction.body.map((event: AuditEvent) => event.action));
    expect([...actions].sort()).toEqual(['token.created', 'token.revoked', 'token.used']);
    expect(byAction.headers['content-range']).toMatch(/^audit-events 0-\d+\/\d+$/);
    const today = new Date().toISOString().slice(0, 10);
    const period = await api.http().get('/api/audit-events').query({ filter: JSON.stringify({ since: today, action: 'user.created' }) }).set(bearer(admin)).expect(200);
    expect(period.body.length).toBeGreaterThanOrEqual(3);
    const future = await api.http().get('/api/audit-events').query({ filter: JSON.stringify({ since: '2999-01-01' }) }).set(bearer(admin)).expect(200);
    expect(future.body).toEqual([]);
    await api.http().get('/api/audit-events').query({ filter: JSON.stringify({ since: 'hier' }) }).set(bearer(admin)).expect(400);
    await api.http().get('/api/audit-events').set(bearer(producerA)).expect(403);
    await api.http().delete('/api/audit-events').set(bearer(admin)).expect(404);
  });
});
