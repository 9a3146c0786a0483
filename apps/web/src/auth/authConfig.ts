/** What `GET /api/auth/config` answers: which sign-in to show. */
export interface AuthConfig {
  mode: 'local' | 'keycloak';
  minPasswordLength: number;
  keycloak: { issuer: string; clientId: string } | null;
}

declare global {
  interface Window {
    /** Set by the page that serves the app when the API cannot be asked (static hosting behind another origin). */
    __MAILLAGE_CONFIG__?: {
      auth?: AuthConfig;
      /** Raster tiles for the public map, e.g. `https://tiles.example/{z}/{x}/{y}.png`; none: départements drawn offline. */
      mapTileUrl?: string;
      /** The credit the tile provider asks for, shown under the map. */
      mapTileAttribution?: string;
    };
  }
}

let cached: Promise<AuthConfig> | null = null;

const LOCAL: AuthConfig = { mode: 'local', minPasswordLength: 12, keycloak: null };

export function authConfig(): Promise<AuthConfig> {
  cached ??= (async () => {
    const injected = window.__MAILLAGE_CONFIG__?.auth;
    if (injected) return injected;
    try {
      const response = await fetch('/api/auth/config', { headers: { Accept: 'application/json' } });
      if (response.ok) return (await response.json()) as AuthConfig;
    } catch {
      // The API is unreachable: the login form says so when it is used.
    }
    return LOCAL;
  })();
  return cached;
}
