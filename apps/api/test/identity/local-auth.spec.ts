import { SignJWT } from 'jose';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { DataSource } from 'typeorm';
import { startTestApp, TEST_ADMIN_PASSWORD, TEST_JWT_SECRET, TestApp, testDialects } from './test-app';

// Boots the whole application (migrations, scrypt hashing): slow on a loaded machine, and PostgreSQL is slower still.
jest.setTimeout(60_000);

describe.each(testDialects('Comptes locaux'))('Local accounts on %s', (dialect) => {
  let api: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApp(dialect, { AUTH_LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', AUTH_LOGIN_MAX_FAILURES_PER_IP: '50' });
    const login = await api.http().post('/api/auth/login').send({ username: 'admin', password: TEST_ADMIN_PASSWORD }).expect(200);
    adminToken = login.body.accessToken;
  });
  afterAll(() => api.close());

  const auditActions = async () =>
    (await api.app.get(DataSource).getRepository(AuditEvent).find({ order: { at: 'ASC' } })).map((event) => event.action);

  async function createUser(username: string, roles: string[], password = 'un-mot-de-passe-solide') {
    const response = await api.http().post('/api/users').auth(adminToken, { type: 'bearer' }).send({ username, password, roles }).expect(201);
    return response.body as { id: string };
  }

  function login(username: string, password: string) {
    return api.http().post('/api/auth/login').send({ username, password });
  }

  it('tells the web app to show its own sign-in form', async () => {
    const settings = await api.http().get('/api/auth/config').expect(200);
    expect(settings.body).toEqual({ mode: 'local', minPasswordLength: 12, keycloak: null });
  });

  it('creates the first admin from MAILLAGE_ADMIN_PASSWORD and lets it sign in', async () => {
    const response = await login('ADMIN', TEST_ADMIN_PASSWORD).expect(200);
    expect(response.body.user).toMatchObject({ username: 'admin', roles: ['admin'], kind: 'user', source: 'local' });
    expect(new Date(response.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(new Date(response.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const me = await api.http().get('/api/auth/me').auth(response.body.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body).toMatchObject({ username: 'admin', roles: ['admin'] });
  });

  it('refuses a wrong password with the same answer as an unknown account', async () => {
    const wrong = await login('admin', 'pas le bon mot de passe').expect(401);
    const unknown = await login('personne', 'pas le bon mot de passe').expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('Identifiant ou mot de passe incorrect');
    expect(await auditActions()).toEqual(expect.arrayContaining(['auth.login.failed', 'auth.login.succeeded']));
  });

  it('answers 401 without a token, with a malformed one, and with an expired one', async () => {
    await api.http().get('/api/auth/me').expect(401);
    await api.http().get('/api/auth/me').set('Authorization', 'Bearer pas-un-jwt').expect(401);
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('maillage-local')
      .setAudience('maillage-api')
      .setSubject('00000000-0000-4000-8000-000000000000')
      .setJti('expired')
      .setIssuedAt(now - 3600)
      .setExpirationTime(now - 60)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const response = await api.http().get('/api/auth/me').auth(expired, { type: 'bearer' }).expect(401);
    expect(response.body.code).toBe('TOKEN_EXPIRED');
  });

  it('revokes the token on logout, and only that one', async () => {
    const first = (await login('admin', TEST_ADMIN_PASSWORD).expect(200)).body.accessToken;
    const second = (await login('admin', TEST_ADMIN_PASSWORD).expect(200)).body.accessToken;
    await api.http().post('/api/auth/logout').auth(first, { type: 'bearer' }).expect(204);
    const refused = await api.http().get('/api/auth/me').auth(first, { type: 'bearer' }).expect(401);
    expect(refused.body.code).toBe('TOKEN_REVOKED');
    await api.http().get('/api/auth/me').auth(second, { type: 'bearer' }).expect(200);
  });

  it('changes a password: current one required, at least 12 characters', async () => {
    await createUser('claire.dupont', ['producer'], 'ancien-mot-de-passe');
    const token = (await login('claire.dupont', 'ancien-mot-de-passe').expect(200)).body.accessToken;
    const tooShort = await api.http().post('/api/auth/password').auth(token, { type: 'bearer' }).send({ currentPassword: 'ancien-mot-de-passe', newPassword: 'court' }).expect(400);
    expect(tooShort.body.message).toContain('au moins 12 caractères');
    const wrongCurrent = await api.http().post('/api/auth/password').auth(token, { type: 'bearer' }).send({ currentPassword: 'faux', newPassword: 'nouveau-mot-de-passe' }).expect(400);
    expect(wrongCurrent.body.code).toBe('WRONG_CURRENT_PASSWORD');
    await api.http().post('/api/auth/password').auth(token, { type: 'bearer' }).send({ currentPassword: 'ancien-mot-de-passe', newPassword: 'nouveau-mot-de-passe' }).expect(204);
    await login('claire.dupont', 'ancien-mot-de-passe').expect(401);
    await login('claire.dupont', 'nouveau-mot-de-passe').expect(200);
    expect(await auditActions()).toContain('auth.password.changed');
  });

  it('blocks an account after repeated failures with 429, Retry-After and a French message', async () => {
    await createUser('cible', ['producer'], 'le-vrai-mot-de-passe');
    for (let i = 0; i < 3; i += 1) await login('cible', `essai ${i}`).expect(401);
    const blocked = await login('cible', 'le-vrai-mot-de-passe').expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.message).toMatch(/^Trop de tentatives de connexion échouées\. Réessayez dans \d+ minutes?\.$/);
  });

  it('keeps letting the owner in from the address they signed in from before the attack', async () => {
    await createUser('titulaire', ['producer'], 'le-vrai-mot-de-passe');
    await login('titulaire', 'le-vrai-mot-de-passe').expect(200);
    for (let i = 0; i < 3; i += 1) {
      await api.http().post('/api/auth/login').set('X-Forwarded-For', '10.9.8.7').send({ username: 'titulaire', password: `essai ${i}` }).expect(401);
    }
    await api.http().post('/api/auth/login').set('X-Forwarded-For', '10.9.8.7').send({ username: 'titulaire', password: 'le-vrai-mot-de-passe' }).expect(429);
    await login('titulaire', 'le-vrai-mot-de-passe').expect(200);
  });

  it('refuses a deactivated account at sign-in and its tokens already issued', async () => {
    const user = await createUser('partant', ['producer'], 'le-vrai-mot-de-passe');
    const token = (await login('partant', 'le-vrai-mot-de-passe').expect(200)).body.accessToken;
    await api.http().post(`/api/users/${user.id}/deactivate`).auth(adminToken, { type: 'bearer' }).expect(200);
    await api.http().get('/api/auth/me').auth(token, { type: 'bearer' }).expect(401);
    await login('partant', 'le-vrai-mot-de-passe').expect(401);
    expect(await auditActions()).toContain('user.deactivated');
  });

  it('authenticates a user without any role, who then gets 403 on role routes', async () => {
    await createUser('sans.role', []);
    const token = (await login('sans.role', 'un-mot-de-passe-solide').expect(200)).body.accessToken;
    await api.http().get('/api/auth/me').auth(token, { type: 'bearer' }).expect(200);
    const denied = await api.http().get('/api/audit-events').auth(token, { type: 'bearer' }).expect(403);
    expect(denied.body.message).toContain('aucun rôle');
  });

  it('manages users as simple-rest resources', async () => {
    const list = await api.http().get('/api/users').query({ sort: '["username","ASC"]', range: '[0,1]' }).auth(adminToken, { type: 'bearer' }).expect(200);
    expect(list.headers['content-range']).toMatch(/^users 0-1\/\d+$/);
    expect(list.body[0]).not.toHaveProperty('passwordHash');
    const duplicate = await api.http().post('/api/users').auth(adminToken, { type: 'bearer' }).send({ username: 'Admin', password: 'un-mot-de-passe-solide', roles: [] }).expect(409);
    expect(duplicate.body.code).toBe('USERNAME_TAKEN');
    const unknownOrg = await api
      .http()
      .post('/api/users')
      .auth(adminToken, { type: 'bearer' })
      .send({ username: 'orphelin', password: 'un-mot-de-passe-solide', roles: ['producer'], organizationIds: ['9b2f0c1e-1111-4222-8333-444455556666'] })
      .expect(400);
    expect(unknownOrg.body.message).toContain('Organisation inconnue');
    const user = await createUser('a.modifier', ['producer']);
    const updated = await api.http().put(`/api/users/${user.id}`).auth(adminToken, { type: 'bearer' }).send({ roles: ['reviewer', 'producer'] }).expect(200);
    expect(updated.body.roles).toEqual(['reviewer', 'producer']);
    await api.http().get('/api/users/not-a-uuid').auth(adminToken, { type: 'bearer' }).expect(404);
    const me = (await api.http().get('/api/auth/me').auth(adminToken, { type: 'bearer' })).body;
    const lockout = await api.http().post(`/api/users/${me.id}/deactivate`).auth(adminToken, { type: 'bearer' }).expect(409);
    expect(lockout.body.code).toBe('SELF_LOCKOUT');
    await api.http().put(`/api/users/${me.id}`).auth(adminToken, { type: 'bearer' }).send({ roles: ['reviewer'] }).expect(409);
  });
});
