import { EnvReader } from '../config/env-reader';

/** Identity settings, read once at boot; every invalid value is reported with its variable name. */
export type AuthMode = 'local' | 'keycloak';

export interface KeycloakConfig {
  /** Realm issuer, e.g. https://sso.example.fr/realms/maillage (no trailing slash). */
  issuerUrl: string;
  /** JWKS endpoint of the realm: derived from the issuer, or KEYCLOAK_JWKS_URL when the API reaches Keycloak by another address. */
  jwksUrl: string;
  audience: string;
  /** Client whose `resource_access.<client>.roles` also grant roles. */
  clientId: string | null;
  /** Public client the web app signs in with (authorization code + PKCE). */
  webClientId: string;
  /** Claim carrying organisation membership: Keycloak 26 `organization`, or a group list such as `groups`. */
  organizationClaim: string;
  /** Group path prefix mapping a group to an organisation slug, e.g. `/organisations/` for `/organisations/dgfip`. */
  organizationGroupPrefix: string;
}

export interface LoginThrottleConfig {
  windowSeconds: number;
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
}

export interface IdentityConfig {
  mode: AuthMode;
  /** HS256 secret of local tokens; null means "generate one and keep it in the data directory". */
  jwtSecret: string | null;
  tokenTtlSeconds: number;
  initialAdminPassword: string | null;
  keycloak: KeycloakConfig | null;
  loginThrottle: LoginThrottleConfig;
}

export const LOCAL_TOKEN_ISSUER = 'maillage-local';
export const MIN_PASSWORD_LENGTH = 12;
const MIN_JWT_SECRET_LENGTH = 32;

type Env = Record<string, string | undefined>;

/** Standalone entry point: throws a ConfigurationError listing every bad identity variable. */
export function loadIdentityConfig(env: Env): IdentityConfig {
  const reader = new EnvReader(env);
  const config = readIdentityConfig(reader);
  reader.throwIfInvalid();
  return config;
}

/** For the application's config loader: reports problems into its reader so start-up lists them all at once. */
export function readIdentityConfig(reader: EnvReader): IdentityConfig {
  const mode = reader.oneOf('AUTH_MODE', ['local', 'keycloak'] as const, 'local');
  const jwtSecret = reader.optionalString('AUTH_JWT_SECRET') ?? null;
  if (jwtSecret !== null && jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    reader.report(
      'AUTH_JWT_SECRET',
      `AUTH_JWT_SECRET doit faire au moins ${MIN_JWT_SECRET_LENGTH} caractères (reçu ${jwtSecret.length})`,
      `AUTH_JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters long (got ${jwtSecret.length})`,
    );
  }
  const initialAdminPassword = reader.optionalString('MAILLAGE_ADMIN_PASSWORD') ?? null;
  if (initialAdminPassword !== null && initialAdminPassword.length < MIN_PASSWORD_LENGTH) {
    reader.report(
      'MAILLAGE_ADMIN_PASSWORD',
      `MAILLAGE_ADMIN_PASSWORD doit faire au moins ${MIN_PASSWORD_LENGTH} caractères`,
      `MAILLAGE_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long`,
    );
  }
  return {
    mode,
    jwtSecret,
    tokenTtlSeconds: readDuration(reader, 'AUTH_TOKEN_TTL', 15 * 60),
    initialAdminPassword,
    keycloak: mode === 'keycloak' ? readKeycloak(reader) : null,
    loginThrottle: {
      windowSeconds: readDuration(reader, 'AUTH_LOGIN_WINDOW', 15 * 60),
      maxFailuresPerAccount: reader.integer('AUTH_LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 10_000),
      maxFailuresPerIp: reader.integer('AUTH_LOGIN_MAX_FAILURES_PER_IP', 20, 1, 100_000),
    },
  };
}

function readKeycloak(reader: EnvReader): KeycloakConfig {
  const why = { fr: 'quand AUTH_MODE vaut keycloak', en: 'when AUTH_MODE is keycloak' };
  const issuer = reader.url('KEYCLOAK_ISSUER_URL', ['https', 'http']);
  if (issuer === undefined && reader.raw('KEYCLOAK_ISSUER_URL') === undefined) {
    reader.requiredString('KEYCLOAK_ISSUER_URL', { fr: `${why.fr} (ex. https://sso.exemple.fr/realms/maillage)`, en: why.en });
  }
  const issuerUrl = (issuer ?? '').replace(/\/+$/, '');
  const clientId = reader.optionalString('KEYCLOAK_CLIENT_ID') ?? null;
  const audience = reader.optionalString('KEYCLOAK_AUDIENCE') ?? clientId;
  if (audience === null) {
    reader.requiredString('KEYCLOAK_AUDIENCE', { fr: `${why.fr} (ou définir KEYCLOAK_CLIENT_ID)`, en: `${why.en} (or set KEYCLOAK_CLIENT_ID)` });
  }
  return {
    issuerUrl,
    jwksUrl: reader.url('KEYCLOAK_JWKS_URL', ['https', 'http']) ?? `${issuerUrl}/protocol/openid-connect/certs`,
    audience: audience ?? '',
    clientId,
    webClientId: reader.string('KEYCLOAK_WEB_CLIENT_ID', 'maillage-web'),
    organizationClaim: reader.string('KEYCLOAK_ORGANIZATION_CLAIM', 'organization'),
    organizationGroupPrefix: normalizeGroupPrefix(reader.string('KEYCLOAK_ORGANIZATION_GROUP_PREFIX', '/organisations/')),
  };
}

function normalizeGroupPrefix(prefix: string): string {
  const withLeading = prefix.startsWith('/') ? prefix : `/${prefix}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Accepts a number of seconds ("900") or a number with a unit ("15m", "1h", "30s", "7d"). */
function readDuration(reader: EnvReader, variable: string, fallbackSeconds: number): number {
  const raw = reader.raw(variable);
  if (raw === undefined) return fallbackSeconds;
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw);
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2] || 's'] : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) {
    reader.report(
      variable,
      `${variable} doit être une durée comme 900, 15m, 1h ou 7d (reçu « ${raw} »)`,
      `${variable} must be a duration such as 900, 15m, 1h or 7d (got "${raw}")`,
    );
    return fallbackSeconds;
  }
  return seconds;
}
