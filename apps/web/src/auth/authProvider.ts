import type { AuthProvider } from 'react-admin';
import { authConfig } from './authConfig';
import { completeKeycloakLogin, keycloakLogoutUrl, startKeycloakLogin } from './keycloak';
import { activeSession, clearSession, readSession, saveSession, type Session } from './session';

export interface LocalCredentials {
  username: string;
  password: string;
}

async function localLogin({ username, password }: LocalCredentials): Promise<Session> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json().catch(() => null)) as { message?: string; accessToken: string; expiresAt: string; user: Session['user'] } | null;
  if (response.status === 429) throw new Error(body?.message ?? 'Trop de tentatives : réessayez dans quelques minutes');
  if (!response.ok || !body) throw new Error(response.status === 401 ? 'Identifiant ou mot de passe incorrect' : (body?.message ?? `Connexion impossible (${response.status})`));
  return { accessToken: body.accessToken, expiresAt: body.expiresAt, user: body.user, source: 'local' };
}

/** Finishes a Keycloak redirect if the page is one; called once before the app renders. */
export async function completePendingLogin(): Promise<void> {
  const config = await authConfig();
  if (config.mode !== 'keycloak' || !config.keycloak) return;
  const session = await completeKeycloakLogin(config.keycloak.issuer, config.keycloak.clientId);
  if (session) saveSession(session);
}

export const authProvider: AuthProvider = {
  async login(credentials?: LocalCredentials) {
    const config = await authConfig();
    if (config.mode === 'keycloak' && config.keycloak) return startKeycloakLogin(config.keycloak.issuer, config.keycloak.clientId);
    if (!credentials) throw new Error('Saisissez votre identifiant et votre mot de passe');
    saveSession(await localLogin(credentials));
  },

  async logout() {
    const session = readSession();
    clearSession();
    if (!session) return;
    if (session.source === 'local') {
      await fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${session.accessToken}` } }).catch(() => undefined);
      return;
    }
    const config = await authConfig();
    if (config.keycloak) return keycloakLogoutUrl(config.keycloak.issuer, config.keycloak.clientId);
  },

  async checkAuth() {
    if (!activeSession()) throw new Error('Session expirée : reconnectez-vous');
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      throw new Error('Session expirée : reconnectez-vous');
    }
  },

  async getPermissions() {
    return activeSession()?.user.roles ?? [];
  },

  async getIdentity() {
    const session = activeSession();
    if (!session) throw new Error('Non connecté');
    return { id: session.user.id, fullName: session.user.username };
  },
};
