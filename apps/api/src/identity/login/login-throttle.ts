import { LoginThrottleConfig } from '../identity.config';

/** Beyond this many tracked keys, entries without recent failures are dropped (a spray of random usernames). */
const SWEEP_THRESHOLD = 10_000;

/** An IP that signed in to an account within this period keeps signing in even while the account is under attack. */
const TRUSTED_ORIGIN_SECONDS = 30 * 24 * 3600;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Sliding-window limiter of failed logins, per account and per IP.
 * The per-account limit does not apply to an IP the account recently signed in from, so an attacker hammering an
 * account cannot lock its owner out; the per-IP limit still stops one source trying many accounts.
 * State lives in memory: one API process holds it (limits reset when it restarts).
 */
export class LoginThrottle {
  private readonly failuresByAccount = new Map<string, number[]>();
  private readonly failuresByIp = new Map<string, number[]>();
  private readonly trustedOrigins = new Map<string, Map<string, number>>();

  constructor(
    private readonly config: LoginThrottleConfig,
    private readonly now: () => number = Date.now,
  ) {}

  check(username: string, ip: string): ThrottleDecision {
    const account = normalize(username);
    const waits = [this.waitFor(this.failuresByIp, ip, this.config.maxFailuresPerIp)];
    if (!this.isTrusted(account, ip)) {
      waits.push(this.waitFor(this.failuresByAccount, account, this.config.maxFailuresPerAccount));
    }
    const retryAfterSeconds = Math.max(...waits);
    return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
  }

  recordFailure(username: string, ip: string): void {
    const at = this.now();
    push(this.failuresByAccount, normalize(username), at);
    push(this.failuresByIp, ip, at);
    if (this.failuresByAccount.size + this.failuresByIp.size > SWEEP_THRESHOLD) this.sweep();
  }

  private sweep(): void {
    const since = this.now() - this.config.windowSeconds * 1000;
    for (const store of [this.failuresByAccount, this.failuresByIp]) {
      for (const [key, failures] of store) if (failures[failures.length - 1] <= since) store.delete(key);
    }
  }

  recordSuccess(username: string, ip: string): void {
    const account = normalize(username);
    const origins = this.trustedOrigins.get(account) ?? new Map<string, number>();
    origins.set(ip, this.now());
    this.trustedOrigins.set(account, origins);
  }

  /** Seconds until enough failures leave the window to allow one more attempt; 0 when allowed now. */
  private waitFor(store: Map<string, number[]>, key: string, limit: number): number {
    const windowMs = this.config.windowSeconds * 1000;
    const since = this.now() - windowMs;
    const recent = (store.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) store.delete(key);
    else store.set(key, recent);
    if (recent.length < limit) return 0;
    const oldestBlocking = recent[recent.length - limit];
    return Math.max(1, Math.ceil((oldestBlocking + windowMs - this.now()) / 1000));
  }

  private isTrusted(account: string, ip: string): boolean {
    const lastSuccess = this.trustedOrigins.get(account)?.get(ip);
    return lastSuccess !== undefined && this.now() - lastSuccess < TRUSTED_ORIGIN_SECONDS * 1000;
  }
}

function push(store: Map<string, number[]>, key: string, at: number): void {
  const list = store.get(key) ?? [];
  list.push(at);
  store.set(key, list);
}

function normalize(username: string): string {
  return username.trim().toLowerCase();
}
