import { errors } from 'jose';
import { Role } from '../../src/identity/access.decorators';
import { isIdentityProviderUnreachable, KeycloakTokenVerifier, organizationSlugsOf } from '../../src/identity/authentication/keycloak-token.verifier';
import { loadIdentityConfig } from '../../src/identity/identity.config';
import { createSigningKey, JwksServer, signKeycloakToken, SigningKey } from './jwks-server';

describe('KeycloakTokenVerifier against a JWKS served over HTTP', () => {
  const realm = new JwksServer();
  let currentKey: SigningKey;
  let verifier: KeycloakTokenVerifier;

  beforeAll(async () => {
    await realm.start();
    currentKey = await createSigningKey('key-2026-11');
    realm.publish(currentKey);
  });
  afterAll(() => realm.stop());

  beforeEach(() => {
    const config = loadIdentityConfig({
      AUTH_MODE: 'keycloak',
      KEYCLOAK_ISSUER_URL: realm.issuer,
      KEYCLOAK_AUDIENCE: 'maillage-api',
      KEYCLOAK_CLIENT_ID: 'maillage-api',
    }).keycloak;
    if (!config) throw new Error('keycloak settings expected');
    verifier = new KeycloakTokenVerifier(config, { cooldownMs: 0 });
  });

  it('accepts a valid token and reads realm roles, client roles and organisations', async () => {
    const token = await signKeycloakToken({
      key: currentKey,
      issuer: realm.issuer,
      claims: {
        realm_access: { roles: ['default-roles-maillage', 'offline_access', 'producer'] },
        resource_access: { 'maillage-api': { roles: ['reviewer'] }, account: { roles: ['admin'] } },
        organization: { dgfip: { id: 'kc-org-1' }, 'la-poste': { id: 'kc-org-2' } },
      },
    });
    const identity = await verifier.verify(token);
    expect(identity.username).toBe('camille.martin');
    expect(identity.roles.sort()).toEqual([Role.Producer, Role.Reviewer]);
    expect(identity.organizationSlugs).toEqual(['dgfip', 'la-poste']);
  });

  it('refuses an expired token', async () => {
    const token = await signKeycloakToken({ key: currentKey, issuer: realm.issuer, expiresIn: Math.floor(Date.now() / 1000) - 60 });
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(errors.JWTExpired);
  });

  it('refuses a token from another issuer', async () => {
    const token = await signKeycloakToken({ key: currentKey, issuer: 'https://sso.example.org/realms/other' });
    await expect(verifier.verify(token)).rejects.toThrow(/"iss"/);
  });

  it('refuses a token for another audience', async () => {
    const token = await signKeycloakToken({ key: currentKey, issuer: realm.issuer, audience: 'account' });
    await expect(verifier.verify(token)).rejects.toThrow(/"aud"/);
  });

  it('refuses a forged signature made with an unpublished key carrying a published kid', async () => {
    const forger = await createSigningKey(currentKey.kid);
    const token = await signKeycloakToken({ key: forger, issuer: realm.issuer, claims: { realm_access: { roles: ['admin'] } } });
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const token = await signKeycloakToken({ key: currentKey, issuer: realm.issuer, claims: { realm_access: { roles: ['producer'] } } });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.realm_access.roles = ['admin'];
    const tampered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    await expect(verifier.verify(tampered)).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
  });

  it('accepts a token signed with a rotated key once the new kid appears in the JWKS', async () => {
    await verifier.verify(await signKeycloakToken({ key: currentKey, issuer: realm.issuer }));
    const fetchesBefore = realm.fetchCount;
    const rotated = await createSigningKey('key-2026-12');
    const tokenWithNewKey = await signKeycloakToken({ key: rotated, issuer: realm.issuer });
    await expect(verifier.verify(tokenWithNewKey)).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);

    realm.publish(rotated);
    const identity = await verifier.verify(tokenWithNewKey);
    expect(identity.subject).toBeDefined();
    expect(realm.fetchCount).toBeGreaterThan(fetchesBefore);
  });

  it('keeps the keys cached between verifications', async () => {
    await verifier.verify(await signKeycloakToken({ key: currentKey, issuer: realm.issuer }));
    const fetches = realm.fetchCount;
    for (let i = 0; i < 3; i += 1) await verifier.verify(await signKeycloakToken({ key: currentKey, issuer: realm.issuer }));
    expect(realm.fetchCount).toBe(fetches);
  });

  it('authenticates a token without any Maillage role, with no roles', async () => {
    const token = await signKeycloakToken({ key: currentKey, issuer: realm.issuer, claims: { realm_access: { roles: ['offline_access'] } } });
    expect((await verifier.verify(token)).roles).toEqual([]);
  });
});

describe('An unreachable realm', () => {
  it('is told apart from a bad token (503, not 401)', async () => {
    const key = await createSigningKey('k');
    const config = loadIdentityConfig({ AUTH_MODE: 'keycloak', KEYCLOAK_ISSUER_URL: 'http://127.0.0.1:9/realms/maillage', KEYCLOAK_AUDIENCE: 'maillage-api' }).keycloak;
    if (!config) throw new Error('keycloak settings expected');
    const token = await signKeycloakToken({ key, issuer: config.issuerUrl });
    const failure = await new KeycloakTokenVerifier(config).verify(token).catch((error: unknown) => error);
    expect(isIdentityProviderUnreachable(failure)).toBe(true);
    expect(isIdentityProviderUnreachable(new errors.JWTExpired('expiré', {}))).toBe(false);
  });

  it('counts an error answer from the JWKS endpoint as unreachable', async () => {
    const realm = new JwksServer();
    await realm.start();
    const config = loadIdentityConfig({ AUTH_MODE: 'keycloak', KEYCLOAK_ISSUER_URL: `${realm.issuer}-absent`, KEYCLOAK_AUDIENCE: 'maillage-api' }).keycloak;
    if (!config) throw new Error('keycloak settings expected');
    const token = await signKeycloakToken({ key: await createSigningKey('k'), issuer: config.issuerUrl });
    const failure = await new KeycloakTokenVerifier(config).verify(token).catch((error: unknown) => error);
    await realm.stop();
    expect(isIdentityProviderUnreachable(failure)).toBe(true);
  });
});

describe('organizationSlugsOf', () => {
  it('reads Keycloak 26 organisation aliases', () => {
    expect(organizationSlugsOf(['dgfip', 'caf'], '/organisations/')).toEqual(['dgfip', 'caf']);
  });

  it('reads group paths under the configured prefix and ignores the other groups', () => {
    expect(organizationSlugsOf(['/organisations/dgfip', '/organisations/caf/admins', '/staff', '/organisations/'], '/organisations/')).toEqual([
      'dgfip',
      'caf',
    ]);
  });

  it('returns nothing for a missing or malformed claim', () => {
    expect(organizationSlugsOf(undefined, '/organisations/')).toEqual([]);
    expect(organizationSlugsOf(42, '/organisations/')).toEqual([]);
  });
});
