import { SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { ApiToken } from '../../src/identity/api-tokens/api-token.entity';
import { LocalTokenService } from '../../src/identity/authentication/local-token.service';
import { startTestApp, TEST_ADMIN_PASSWORD, TEST_JWT_SECRET, TestApp, testDialects } from '../identity/test-app';
import { AUTHORIZATION_MATRIX, Caller, CALLERS, MatrixRow } from './matrix';
import { listLiveRoutes } from './route-inventory';

// Boots the whole application (migrations, scrypt hashing): slow on a loaded machine, and PostgreSQL is slower still.
jest.setTimeout(60_000);

interface Fixtures {
  placeholders: Record<string, string>;
  /**
   * The credentials standing for a caller, fresh per request so that one caller's logout does not affect the next.
   * `expired` and `revoked` are each two credentials (an access token and an API token) that must get the same status.
   */
  credentials: (caller: Caller) => Promise<(string | null)[]>;
}

describe.each(testDialects('Matrice d’autorisation'))('Authorisation matrix on %s', (dialect) => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await startTestApp(dialect, { LOG_LEVEL: 'error' });
    fixtures = await createFixtures(api);
  });
  afterAll(() => api.close());

  it('has a row for every live route, and no row for a route that is gone', async () => {
    const live = listLiveRoutes(api.app).map((route) => route.key);
    const covered = new Set(Object.keys(AUTHORIZATION_MATRIX).map(routeOf));
    const missing = live.filter((key) => !covered.has(key));
    const stale = [...covered].filter((key) => !live.includes(key));
    if (missing.length > 0) {
      const drafts = await Promise.all(missing.map((key) => draftRow(api, fixtures, key)));
      console.error(`Routes sans ligne dans test/authorization-matrix/matrix.ts — ajoutez-les, après avoir vérifié chaque statut :\n${drafts.join('\n')}`);
    }
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each(Object.entries(AUTHORIZATION_MATRIX))('%s', async (key, entry) => {
    expect(await observedStatuses(api, fixtures, key, entry)).toEqual(entry.expect);
  });
});

/** A row to start from: the statuses observed now for a route without parameters (to be checked, not trusted). */
async function draftRow(api: TestApp, fixtures: Fixtures, key: string): Promise<string> {
  if (key.includes(':')) return `  '${key}': { path: '…', expect: row(…) },`;
  const observed = await observedStatuses(api, fixtures, key, { expect: {} as MatrixRow['expect'] });
  return `  '${key}': { expect: row(${CALLERS.map((caller) => observed[caller]).join(', ')}) }, // observé`;
}

/** `GET /api/submissions/:id#A` checks the route `GET /api/submissions/:id` with other parameters. */
function routeOf(key: string): string {
  return key.split('#')[0];
}

async function observedStatuses(api: TestApp, fixtures: Fixtures, key: string, entry: MatrixRow): Promise<Record<Caller, number | string>> {
  const [method, routePath] = routeOf(key).split(' ');
  const path = (entry.path ?? routePath).replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in fixtures.placeholders)) throw new Error(`Paramètre {${name}} inconnu dans la matrice (${key})`);
    return fixtures.placeholders[name];
  });
  if (path.includes(':')) throw new Error(`${key} : donnez un chemin concret (champ path) pour ses paramètres`);
  const observed: Partial<Record<Caller, number | string>> = {};
  for (const caller of CALLERS) {
    const statuses: number[] = [];
    for (const credential of await fixtures.credentials(caller)) {
      const request = api.http()[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
      if (credential) request.set('Authorization', `Bearer ${credential}`);
      statuses.push((entry.body !== undefined ? await request.send(entry.body) : await request).status);
    }
    // Two kinds of credential answered differently: show both (access token / API token) so the row cannot match.
    observed[caller] = new Set(statuses).size === 1 ? statuses[0] : statuses.join(' / ');
  }
  return observed as Record<Caller, number | string>;
}

async function createFixtures(api: TestApp): Promise<Fixtures> {
  const http = api.http;
  const login = async (username: string, password: string) => (await http().post('/api/auth/login').send({ username, password }).expect(200)).body;
  const admin = await login('admin', TEST_ADMIN_PASSWORD);
  const asAdmin = { Authorization: `Bearer ${admin.accessToken}` };
  const post = async (path: string, body: Record<string, unknown>) => (await http().post(path).set(asAdmin).send(body).expect(201)).body;

  const orgA = (await post('/api/organizations', { name: 'Organisation A', kind: 'operateur' })).id;
  const orgB = (await post('/api/organizations', { name: 'Organisation B', kind: 'operateur' })).id;
  const datasetA = (await post(`/api/organizations/${orgA}/datasets`, { name: 'Sites de A' })).id;
  const person = (username: string, roles: string[], organizationIds: string[]) =>
    post('/api/users', { username, password: 'un-mot-de-passe-solide', roles, organizationIds });
  const users: Record<'producerA' | 'producerB' | 'reviewer' | 'admin', { id: string; username: string }> = {
    producerA: await person('producteur.a', ['producer'], [orgA]),
    producerB: await person('producteur.b', ['producer'], [orgB]),
    reviewer: await person('relecteur', ['reviewer'], []),
    admin: admin.user,
  };
  const userToDeactivate = (await person('a.desactiver', ['producer'], [orgA])).id;
  const submissionA = (
    await http().post(`/api/datasets/${datasetA}/submissions`).set(asAdmin).attach('file', Buffer.from('nom;commune\nBureau de poste;Lyon\n', 'utf8'), 'sites.csv').expect(202)
  ).body.id;
  const tokenA = (await post(`/api/organizations/${orgA}/api-tokens`, { name: 'Jeton A', scopes: ['submissions:write', 'submissions:read'] })).token;
  const tokenToRevoke = (await post(`/api/organizations/${orgA}/api-tokens`, { name: 'Jeton à révoquer', scopes: ['submissions:read'] })).id;

  const sftpAccountA = (await post(`/api/organizations/${orgA}/sftp-accounts`, { username: 'depot-a', password: 'un-mot-de-passe-solide' })).id;
  const revokedApiToken = await post(`/api/organizations/${orgA}/api-tokens`, { name: 'Jeton révoqué', scopes: ['submissions:write', 'submissions:read'] });
  await http().delete(`/api/organizations/${orgA}/api-tokens/${revokedApiToken.id}`).set(asAdmin).expect(200);
  const expiredApiToken = await post(`/api/organizations/${orgA}/api-tokens`, {
    name: 'Jeton expiré',
    scopes: ['submissions:write', 'submissions:read'],
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  await api.app.get(DataSource).getRepository(ApiToken).update({ id: expiredApiToken.id }, { expiresAt: new Date(Date.now() - 1000) });

  const revoked = (await login('admin', TEST_ADMIN_PASSWORD)).accessToken;
  await http().post('/api/auth/logout').set('Authorization', `Bearer ${revoked}`).expect(204);
  const now = Math.floor(Date.now() / 1000);
  const expired = await new SignJWT({ preferred_username: 'admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('maillage-local')
    .setAudience('maillage-api')
    .setSubject(admin.user.id)
    .setJti('expired-admin-session')
    .setIssuedAt(now - 1000)
    .setExpirationTime(now - 100)
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));

  const localTokens = api.app.get(LocalTokenService);
  return {
    placeholders: { orgA, orgB, datasetA, userProducerA: users.producerA.id, userToDeactivate, tokenToRevoke, sftpAccountA, submissionA, unknownSubmission: '00000000-0000-4000-8000-000000000000' },
    credentials: async (caller) => {
      if (caller === 'anonymous') return [null];
      if (caller === 'tokenA') return [tokenA];
      if (caller === 'expired') return [expired, expiredApiToken.token];
      if (caller === 'revoked') return [revoked, revokedApiToken.token];
      const user = users[caller];
      return [(await localTokens.issue(user.id, user.username)).accessToken];
    },
  };
}
