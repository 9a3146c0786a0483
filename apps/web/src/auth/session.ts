/** The signed-in person as the API describes them (`/api/auth/me`, or `user` in the login answer). */
export interface SessionUser {
  id: string;
  username: string;
  roles: string[];
  organizationIds: string[];
}

export interface Session {
  accessToken: string;
  /** ISO date after which the API refuses the token. */
  expiresAt: string;
  user: SessionUser;
  source: 'local' | 'keycloak';
}

const STORAGE_KEY = 'maillage.session';
let current: Session | null = null;

/** Kept in memory and in sessionStorage: survives a reload of the tab, not the closing of the browser. */
export function readSession(): Session | null {
  if (current) return current;
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    current = stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    current = null;
  }
  return current;
}

export function saveSession(session: Session): void {
  current = session;
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  current = null;
  sessionStorage.removeItem(STORAGE_KEY);
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return new Date(session.expiresAt).getTime() <= now;
}

/** A valid session, or null when there is none or it has expired (then forgotten). */
export function activeSession(): Session | null {
  const session = readSession();
  if (session && isExpired(session)) {
    clearSession();
    return null;
  }
  return session;
}

export function hasRole(role: string): boolean {
  return activeSession()?.user.roles.includes(role) ?? false;
}
