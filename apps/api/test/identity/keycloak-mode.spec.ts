import { SignJWT } from 'jose';
import { createSigningKey, JwksServer, signKeycloakToken, SigningKey } from './jwks-server';
import { startTestApp, TEST_JWT_SECRET, TestApp, testDialects } from './test-app';

// Boots the whole application (migrations, scrypt hashing): slow on a loaded machine, and PostgreSQL is slower still.
jest.setTimeout(60_000);

describe.each(testDialects('Mode Keycloak'))('AUTH_MODE=keycloak on %s', (dialect) => {
  const realm = new JwksServer();
  let key: SigningKey;
  let api: TestApp;

  const keycloakToken = (claims: Record<string, unknown>, options: { audience?: string; expiresIn?: number } = {}) =>
    signKeycloakToken({ key, issuer: realm.issuer, claims, ...options });
  const adminClaims = { realm_access: { roles: ['admin', 'offline_access'] }, preferred_username: 'admin.anct' };

  beforeAll(async () => {
    await realm.start();
    key = await createSigningKey('realm-key-1');
    realm.publish(key);
    api = await startTestApp(dialect, {
      AUTH_MODE: 'keycloak',
      KEYCLOAK_ISSUER_URL: realm.issuer,
      KEYCLOAK_AUDIENCE: 'maillage-api',
      KEYCLOAK_CLIENT_ID: 'maillage-api',
      KEYCLOAK_ORGANIZATION_CLAIM: 'groups',
    });
  });
  afterAll(async () => {
    await api.close();
    await realm.stop();
  });

  it('tells the web app to sign in with Keycloak', async () => {
    const settings = await api.http().get('/api/auth/config').expect(200);
    expect(settings.body).toEqual({ mode: 'keycloak', minPasswordLength: 12, keycloak: { issuer: realm.issuer, clientId: 'maillage-web' } });
  });

  it('creates no local admin and refuses local sign-in', async () => {
    const response = await api.http().post('/api/auth/login').send({ username: 'admin', password: 'n-importe-quoi-de-long' }).expect(404);
    expect(response.body.code).toBe('LOCAL_ACCOUNTS_DISABLED');
    const admin = await keycloakToken(adminClaims);
    const users = await api.http().get('/api/users').auth(admin, { type: 'bearer' }).expect(200);
    expect(users.body).toEqual([]);
  });

  it('maps realm and client roles, and organisation groups to organisation ids by slug', async () => {
    const admin = await keycloakToken(adminClaims);
    const created = await api.http().post('/api/organizations').auth(admin, { type: 'bearer' }).send({ name: 'France Travail', slug: 'france-travail', kind: 'operateur' }).expect(201);
    const producer = await keycloakToken({
      preferred_username: 'agent.ft',
      realm_access: { roles: ['default-roles-maillage'] },
      resource_access: { 'maillage-api': { roles: ['producer'] } },
      groups: ['/organisations/france-travail', '/organisations/inconnue', '/equipes/support'],
    });
    const me = await api.http().get('/api/auth/me').auth(producer, { type: 'bearer' }).expect(200);
    expect(me.body).toEqual({ id: expect.any(String), username: 'agent.ft', kind: 'user', source: 'keycloak', roles: ['producer'], organizationIds: [created.body.id] });
    const token = await api.http().post(`/api/organizations/${created.body.id}/api-tokens`).auth(producer, { type: 'bearer' }).send({ name: 'Flux', scopes: ['submissions:read'] }).expect(201);
    expect(token.body.createdByName).toBe('agent.ft');
  });

  it('authenticates a token without roles but refuses it on role routes', async () => {
    const nobody = await keycloakToken({ realm_access: { roles: ['offline_access'] } });
    await api.http().get('/api/auth/me').auth(nobody, { type: 'bearer' }).expect(200);
    await api.http().get('/api/audit-events').auth(nobody, { type: 'bearer' }).expect(403);
  });

  it.each([
    ['expired', () => keycloakToken(adminClaims, { expiresIn: Math.floor(Date.now() / 1000) - 10 }), 'TOKEN_EXPIRED'],
    ['for another audience', () => keycloakToken(adminClaims, { audience: 'account' }), 'INVALID_TOKEN'],
    ['from another issuer', () => signKeycloakToken({ key, issuer: 'https://sso.example.org/realms/x', claims: adminClaims }), 'INVALID_TOKEN'],
    ['forged', async () => signKeycloakToken({ key: await createSigningKey('realm-key-1'), issuer: realm.issuer, claims: adminClaims }), 'INVALID_TOKEN'],
  ])('refuses a token %s with 401', async (_, token, code) => {
    const response = await api.http().get('/api/users').auth(await token(), { type: 'bearer' }).expect(401);
    expect(response.body.code).toBe(code);
  });

  it('refuses local tokens while Keycloak is the identity provider', async () => {
    const now = Math.floor(Date.now() / 1000);
    const local = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('maillage-local')
      .setAudience('maillage-api')
      .setSubject('00000000-0000-4000-8000-000000000000')
      .setJti('x')
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    await api.http().get('/api/auth/me').auth(local, { type: 'bearer' }).expect(401);
  });
});
