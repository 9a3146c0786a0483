import { Inject, Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { AuthContext } from 'ssh2';
import { utils } from 'ssh2';
import { AuditService } from '../../audit/audit.service';
import { LoginThrottle } from '../../identity/login/login-throttle';
import { PasswordHasher } from '../../identity/passwords/password-hasher';
import { Principal } from '../../identity/principal';
import { fingerprintOf } from '../accounts/public-key';
import { SftpAccountRepository } from '../accounts/sftp-account.repository';
import { SftpAccount } from '../entities/sftp-account.entity';

export const SFTP_LOGIN_THROTTLE = Symbol('SFTP_LOGIN_THROTTLE');

/** What the server tells a client it may try. */
export const OFFERED_METHODS: AuthContext['method'][] = ['publickey', 'password'];

export type AuthenticationOutcome =
  /** Authenticated: the connection acts as this account. */
  | { result: 'accepted'; account: SftpAccount }
  /** A public key the client only asked about (no signature yet): it may go on and sign. */
  | { result: 'key-acceptable' }
  | { result: 'rejected' };

export function principalOfAccount(account: SftpAccount): Principal {
  return {
    kind: 'sftp-account',
    source: 'sftp',
    id: account.id,
    name: account.username,
    roles: [],
    organizationIds: [account.organizationId],
    scopes: [],
  };
}

/**
 * Checks SSH credentials against the SFTP accounts: public keys by fingerprint (then the signature), passwords by
 * their scrypt hash, both compared in constant time. Failures count towards the same per-account and per-address
 * limits as the portal's sign-in (their own counters), and every failure and success is audited.
 */
@Injectable()
export class SftpAuthenticator {
  constructor(
    private readonly accounts: SftpAccountRepository,
    private readonly hasher: PasswordHasher,
    @Inject(SFTP_LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async authenticate(context: AuthContext, ip: string): Promise<AuthenticationOutcome> {
    const username = context.username;
    if (context.method === 'publickey' && !context.signature) return this.checkKeyQuery(username, context.key.data);
    if (context.method !== 'publickey' && context.method !== 'password') return { result: 'rejected' };
    // As for the portal's sign-in, attempts refused by the throttle are not audited one by one: under attack that
    // would be a row per attempt, and the failures that triggered the block are recorded already.
    if (!this.throttle.check(username, ip).allowed) return { result: 'rejected' };
    const account = await this.accounts.findByUsername(username);
    const valid = context.method === 'password' ? await this.checkPassword(account, context.password) : this.checkSignature(account, context);
    if (!account || !valid || account.disabledAt) {
      this.throttle.recordFailure(username, ip);
      await this.recordFailure(username, ip, context.method, !account ? 'unknown-account' : !valid ? 'wrong-credential' : 'disabled');
      return { result: 'rejected' };
    }
    this.throttle.recordSuccess(username, ip);
    await this.accounts.recordLogin(account.id, new Date(), ip);
    await this.audit.record({
      action: 'sftp.login.succeeded',
      actor: principalOfAccount(account),
      channel: 'sftp',
      ip,
      target: { type: 'sftp-account', id: account.id },
      details: { method: context.method },
    });
    return { result: 'accepted', account };
  }

  /** Clients offer each of their keys before signing: an unknown one is no failed login, just not this key. */
  private async checkKeyQuery(username: string, keyData: Buffer): Promise<AuthenticationOutcome> {
    const account = await this.accounts.findByUsername(username);
    return account && !account.disabledAt && sameFingerprint(account, keyData) ? { result: 'key-acceptable' } : { result: 'rejected' };
  }

  private async checkPassword(account: SftpAccount | null, password: string): Promise<boolean> {
    if (!account?.passwordHash) {
      await this.hasher.burnVerification(password);
      return false;
    }
    return this.hasher.verify(password, account.passwordHash);
  }

  private checkSignature(account: SftpAccount | null, context: Extract<AuthContext, { method: 'publickey' }>): boolean {
    if (!account?.publicKey || !sameFingerprint(account, context.key.data)) return false;
    const key = utils.parseKey(account.publicKey);
    if (key instanceof Error || !context.blob || !context.signature) return false;
    return key.verify(context.blob, context.signature, context.hashAlgo) === true;
  }

  private recordFailure(username: string, ip: string, method: string, reason: string) {
    return this.audit.record({
      action: 'sftp.login.failed',
      actor: { type: 'anonymous', id: null, name: username.slice(0, 200) },
      channel: 'sftp',
      ip,
      details: { method, reason },
    });
  }
}

function sameFingerprint(account: SftpAccount, keyData: Buffer): boolean {
  if (!account.keyFingerprint) return false;
  const offered = Buffer.from(fingerprintOf(keyData));
  const stored = Buffer.from(account.keyFingerprint);
  return offered.length === stored.length && timingSafeEqual(offered, stored);
}
