import { ConfigurationError } from '../../src/config/env-reader';
import { loadIdentityConfig } from '../../src/identity/identity.config';

describe('loadIdentityConfig', () => {
  it('defaults to local accounts with 15-minute tokens', () => {
    const config = loadIdentityConfig({});
    expect(config).toMatchObject({ mode: 'local', jwtSecret: null, tokenTtlSeconds: 900, keycloak: null });
    expect(config.loginThrottle).toEqual({ windowSeconds: 900, maxFailuresPerAccount: 5, maxFailuresPerIp: 20 });
  });

  it('reads durations with units', () => {
    expect(loadIdentityConfig({ AUTH_TOKEN_TTL: '1h' }).tokenTtlSeconds).toBe(3600);
    expect(loadIdentityConfig({ AUTH_TOKEN_TTL: '600' }).tokenTtlSeconds).toBe(600);
  });

  it('derives the JWKS address from the Keycloak issuer', () => {
    const config = loadIdentityConfig({
      AUTH_MODE: 'keycloak',
      KEYCLOAK_ISSUER_URL: 'https://sso.exemple.fr/realms/maillage/',
      KEYCLOAK_CLIENT_ID: 'maillage-api',
      KEYCLOAK_ORGANIZATION_CLAIM: 'groups',
    });
    expect(config.keycloak).toEqual({
      issuerUrl: 'https://sso.exemple.fr/realms/maillage',
      jwksUrl: 'https://sso.exemple.fr/realms/maillage/protocol/openid-connect/certs',
      audience: 'maillage-api',
      clientId: 'maillage-api',
      webClientId: 'maillage-web',
      organizationClaim: 'groups',
      organizationGroupPrefix: '/organisations/',
    });
  });

  it('fetches the keys from KEYCLOAK_JWKS_URL when the issuer address is not reachable from the API', () => {
    const config = loadIdentityConfig({
      AUTH_MODE: 'keycloak',
      KEYCLOAK_ISSUER_URL: 'https://maillage.exemple.fr/auth/realms/maillage',
      KEYCLOAK_JWKS_URL: 'http://keycloak:8080/auth/realms/maillage/protocol/openid-connect/certs',
      KEYCLOAK_AUDIENCE: 'maillage-api',
    });
    expect(config.keycloak?.issuerUrl).toBe('https://maillage.exemple.fr/auth/realms/maillage');
    expect(config.keycloak?.jwksUrl).toBe('http://keycloak:8080/auth/realms/maillage/protocol/openid-connect/certs');
  });

  it.each([
    [{ AUTH_MODE: 'keycloak', KEYCLOAK_ISSUER_URL: 'https://sso.exemple.fr/realms/m', KEYCLOAK_AUDIENCE: 'x', KEYCLOAK_JWKS_URL: 'keycloak:8080' }, 'KEYCLOAK_JWKS_URL'],
    [{ AUTH_MODE: 'ldap' }, 'AUTH_MODE'],
    [{ AUTH_JWT_SECRET: 'trop-court' }, 'AUTH_JWT_SECRET'],
    [{ AUTH_TOKEN_TTL: 'quinze minutes' }, 'AUTH_TOKEN_TTL'],
    [{ MAILLAGE_ADMIN_PASSWORD: 'admin' }, 'MAILLAGE_ADMIN_PASSWORD'],
    [{ AUTH_MODE: 'keycloak', KEYCLOAK_AUDIENCE: 'x' }, 'KEYCLOAK_ISSUER_URL'],
    [{ AUTH_MODE: 'keycloak', KEYCLOAK_ISSUER_URL: 'pas une url', KEYCLOAK_AUDIENCE: 'x' }, 'KEYCLOAK_ISSUER_URL'],
    [{ AUTH_MODE: 'keycloak', KEYCLOAK_ISSUER_URL: 'https://sso.exemple.fr/realms/m' }, 'KEYCLOAK_AUDIENCE'],
    [{ AUTH_LOGIN_MAX_FAILURES_PER_IP: '0' }, 'AUTH_LOGIN_MAX_FAILURES_PER_IP'],
  ])('names the bad variable (%j)', (env, variable) => {
    try {
      loadIdentityConfig(env);
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).problems.map((problem) => problem.variable)).toEqual([variable]);
      expect((error as Error).message).toContain(variable);
    }
  });
});
