/**
 * OpenID Connect authorization code flow with PKCE (RFC 7636) against Keycloak, by hand with WebCrypto:
 * the browser never holds a client secret, and no library is shipped for three HTTP exchanges.
 */
import type { Session, SessionUser } from './session';

const PENDING_KEY = 'maillage.oidc.pending';

interface Pending {
  state: string;
  verifier: string;
  redirectUri: string;
}

function base64Url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(length = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(length)));
}

export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

function endpoint(issuer: string, name: 'auth' | 'token' | 'logout'): string {
  return `${issuer.replace(/\/$/, '')}/protocol/openid-connect/${name}`;
}

/** The app's own address without query or fragment: Keycloak forbids fragments in redirect URIs. */
function redirectUri(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** The realm's authorization URL for a new sign-in; the verifier and state wait in sessionStorage for the return. */
export async function authorizationUrl(issuer: string, clientId: string): Promise<string> {
  const pending: Pending = { state: randomString(16), verifier: randomString(48), redirectUri: redirectUri() };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(endpoint(issuer, 'auth'));
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: pending.redirectUri,
    scope: 'openid',
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

export async function startKeycloakLogin(issuer: string, clientId: string): Promise<never> {
  window.location.assign(await authorizationUrl(issuer, clientId));
  return new Promise<never>(() => undefined);
}

/**
 * On return from Keycloak (`?code=…&state=…`): exchanges the code for tokens, asks the API who that is, and cleans
 * the address bar. Returns null when the page was not opened by a Keycloak redirect.
 */
export async function completeKeycloakLogin(issuer: string, clientId: string): Promise<Session | null> {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  const state = params.get('state');
  const stored = sessionStorage.getItem(PENDING_KEY);
  if (!code || !state || !stored) return null;
  sessionStorage.removeItem(PENDING_KEY);
  window.history.replaceState(null, '', redirectUri() + window.location.hash);
  const pending = JSON.parse(stored) as Pending;
  if (pending.state !== state) throw new Error('Réponse de Keycloak inattendue (state différent) : reconnectez-vous');
  const response = await fetch(endpoint(issuer, 'token'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: pending.redirectUri, client_id: clientId, code_verifier: pending.verifier }),
  });
  if (!response.ok) throw new Error(`Keycloak a refusé la connexion (${response.status})`);
  const tokens = (await response.json()) as { access_token: string; expires_in: number; id_token?: string };
  const me = await fetch('/api/auth/me', { headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: 'application/json' } });
  if (!me.ok) throw new Error(`L’API ne reconnaît pas ce compte Keycloak (${me.status})`);
  const user = (await me.json()) as SessionUser;
  if (tokens.id_token) sessionStorage.setItem('maillage.oidc.idToken', tokens.id_token);
  return { accessToken: tokens.access_token, expiresAt: new Date(Date.now() + tokens.expires_in * 1000).toISOString(), user, source: 'keycloak' };
}

export function keycloakLogoutUrl(issuer: string, clientId: string): string {
  const url = new URL(endpoint(issuer, 'logout'));
  const idToken = sessionStorage.getItem('maillage.oidc.idToken');
  sessionStorage.removeItem('maillage.oidc.idToken');
  url.search = new URLSearchParams({ client_id: clientId, post_logout_redirect_uri: redirectUri(), ...(idToken ? { id_token_hint: idToken } : {}) }).toString();
  return url.toString();
}
