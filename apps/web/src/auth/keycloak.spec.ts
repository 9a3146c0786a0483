import { webcrypto } from 'crypto';
import { authorizationUrl, challengeOf, completeKeycloakLogin } from './keycloak';

const ISSUER = 'https://sso.exemple.fr/realms/maillage';

// jsdom's crypto has getRandomValues but no SubtleCrypto: lend Node's, which is the browser's WebCrypto API.
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

describe('connexion Keycloak (code d’autorisation + PKCE)', () => {
  beforeEach(() => sessionStorage.clear());

  it('calcule le défi S256 de la RFC 7636', async () => {
    // RFC 7636, appendix B.
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('envoie vers le royaume avec le client, l’adresse de retour, un état et le défi', async () => {
    const url = new URL(await authorizationUrl(ISSUER, 'maillage-web'));
    expect(`${url.origin}${url.pathname}`).toBe(`${ISSUER}/protocol/openid-connect/auth`);
    const params = url.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe('maillage-web');
    expect(params.get('redirect_uri')).toBe(`${window.location.origin}/`);
    expect(params.get('code_challenge_method')).toBe('S256');
    const pending = JSON.parse(sessionStorage.getItem('maillage.oidc.pending') ?? '{}');
    expect(params.get('state')).toBe(pending.state);
    expect(params.get('code_challenge')).toBe(await challengeOf(pending.verifier));
  });

  it('échange le code au retour, demande à l’API qui est connecté et nettoie l’adresse', async () => {
    await authorizationUrl(ISSUER, 'maillage-web');
    const { state, verifier } = JSON.parse(sessionStorage.getItem('maillage.oidc.pending') ?? '{}');
    window.history.pushState(null, '', `/?code=code-recu&state=${state}#/`);
    const fetchMock = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      if (String(url).endsWith('/token')) {
        const body = new URLSearchParams(String(init?.body));
        expect(Object.fromEntries(body)).toEqual({ grant_type: 'authorization_code', code: 'code-recu', redirect_uri: `${window.location.origin}/`, client_id: 'maillage-web', code_verifier: verifier });
        return new Response(JSON.stringify({ access_token: 'jeton-keycloak', expires_in: 300 }), { status: 200 });
      }
      expect(init?.headers).toMatchObject({ Authorization: 'Bearer jeton-keycloak' });
      return new Response(JSON.stringify({ id: 'sub-1', username: 'dominique', roles: ['reviewer'], organizationIds: [] }), { status: 200 });
    });
    globalThis.fetch = fetchMock as unknown as typeof fetch;

    const session = await completeKeycloakLogin(ISSUER, 'maillage-web');
    expect(session).toMatchObject({ accessToken: 'jeton-keycloak', source: 'keycloak', user: { username: 'dominique', roles: ['reviewer'] } });
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refuse un retour dont l’état ne correspond pas', async () => {
    await authorizationUrl(ISSUER, 'maillage-web');
    window.history.pushState(null, '', '/?code=code-recu&state=autre#/');
    await expect(completeKeycloakLogin(ISSUER, 'maillage-web')).rejects.toThrow('state différent');
  });

  it('ne fait rien sur une page ordinaire', async () => {
    window.history.pushState(null, '', '/#/');
    await expect(completeKeycloakLogin(ISSUER, 'maillage-web')).resolves.toBeNull();
  });
});
