const HOUR_MS = 3_600_000;

/**
 * Per-account limits of this process: files turned into submissions in the last hour (sliding window) and open
 * sessions. In memory, like the login throttle: run one SFTP process per deployment.
 */
export class UsageLimits {
  private readonly filesByAccount = new Map<string, number[]>();
  private readonly sessionsByAccount = new Map<string, number>();

  constructor(
    private readonly limits: { maxFilesPerHour: number; maxSessionsPerAccount: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the account may send another file; 0 when it may now. */
  fileWait(accountId: string): number {
    const since = this.now() - HOUR_MS;
    const recent = (this.filesByAccount.get(accountId) ?? []).filter((at) => at > since);
    this.filesByAccount.set(accountId, recent);
    if (recent.length < this.limits.maxFilesPerHour) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.limits.maxFilesPerHour] + HOUR_MS - this.now()) / 1000));
  }

  recordFile(accountId: string): void {
    const list = this.filesByAccount.get(accountId) ?? [];
    list.push(this.now());
    this.filesByAccount.set(accountId, list);
  }

  /** Takes a session slot; false when the account already has as many open sessions as allowed. */
  openSession(accountId: string): boolean {
    const open = this.sessionsByAccount.get(accountId) ?? 0;
    if (open >= this.limits.maxSessionsPerAccount) return false;
    this.sessionsByAccount.set(accountId, open + 1);
    return true;
  }

  closeSession(accountId: string): void {
    const open = (this.sessionsByAccount.get(accountId) ?? 1) - 1;
    if (open <= 0) this.sessionsByAccount.delete(accountId);
    else this.sessionsByAccount.set(accountId, open);
  }
}

export function waitInFrench(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes > 1 ? `${minutes} minutes` : '1 minute';
}
