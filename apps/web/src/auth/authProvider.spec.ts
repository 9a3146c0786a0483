import { authProvider } from './authProvider';
import { activeSession, clearSession, saveSession } from './session';

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('authProvider (comptes locaux)', () => {
  const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();

  beforeEach(() => {
    clearSession();
    fetchMock.mockReset();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('se connecte, garde le jeton en session et donne les rôles comme permissions', async () => {
    fetchMock.mockImplementation(async (url) => {
      if (String(url) === '/api/auth/config') return answer(200, { mode: 'local', minPasswordLength: 12, keycloak: null });
      return answer(200, {
        accessToken: 'jeton',
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
        user: { id: 'u1', username: 'camille', roles: ['producer'], organizationIds: ['o1'] },
      });
    });
    await authProvider.login({ username: 'camille', password: 'secret-secret' });
    const loginCall = fetchMock.mock.calls.find(([url]) => String(url) === '/api/auth/login');
    expect(JSON.parse(String(loginCall?.[1]?.body))).toEqual({ username: 'camille', password: 'secret-secret' });
    expect(JSON.parse(sessionStorage.getItem('maillage.session') ?? '{}').accessToken).toBe('jeton');
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    await expect(authProvider.getPermissions?.({})).resolves.toEqual(['producer']);
    await expect(authProvider.getIdentity?.()).resolves.toEqual({ id: 'u1', fullName: 'camille' });
  });

  it('dit en français pourquoi la connexion est refusée', async () => {
    fetchMock.mockImplementation(async (url) =>
      String(url) === '/api/auth/config' ? answer(200, { mode: 'local', minPasswordLength: 12, keycloak: null }) : answer(401, { message: 'Identifiants invalides' }),
    );
    await expect(authProvider.login({ username: 'camille', password: 'faux' })).rejects.toThrow('Identifiant ou mot de passe incorrect');
    expect(activeSession()).toBeNull();
  });

  it('renvoie à la connexion quand le jeton a expiré ou que l’API répond 401', async () => {
    saveSession({ accessToken: 'vieux', expiresAt: new Date(Date.now() - 1000).toISOString(), source: 'local', user: { id: 'u1', username: 'c', roles: ['admin'], organizationIds: [] } });
    await expect(authProvider.checkAuth({})).rejects.toThrow('Session expirée');
    expect(sessionStorage.getItem('maillage.session')).toBeNull();

    saveSession({ accessToken: 'jeton', expiresAt: new Date(Date.now() + 60_000).toISOString(), source: 'local', user: { id: 'u1', username: 'c', roles: ['admin'], organizationIds: [] } });
    await expect(authProvider.checkError({ status: 401 })).rejects.toThrow();
    expect(activeSession()).toBeNull();
  });

  it('révoque le jeton à la déconnexion', async () => {
    saveSession({ accessToken: 'jeton', expiresAt: new Date(Date.now() + 60_000).toISOString(), source: 'local', user: { id: 'u1', username: 'c', roles: ['admin'], organizationIds: [] } });
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await authProvider.logout({});
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/logout', expect.objectContaining({ method: 'POST', headers: { Authorization: 'Bearer jeton' } }));
    expect(activeSession()).toBeNull();
  });
});
