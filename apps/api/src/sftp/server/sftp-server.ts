import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AddressInfo } from 'net';
import { Connection, Server, Session } from 'ssh2';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { SftpAccount } from '../entities/sftp-account.entity';
import { DropBox } from './drop-box';
import { loadOrCreateHostKey } from './host-key';
import { InboxStore } from './inbox-store';
import { Outbox } from './outbox';
import { OFFERED_METHODS, SftpAuthenticator } from './sftp-authenticator';
import { SftpRefusal } from './sftp-refusal';
import { SftpSession } from './sftp-session';
import { UsageLimits } from './usage-limits';

export const SFTP_LISTENS = Symbol('SFTP_LISTENS');

/** A connection over the session limit gets this long to read why before it is closed. */
const OVER_LIMIT_GRACE_MS = 2000;
/** A connection that has not authenticated by then is closed: unauthenticated sockets must not pile up. */
const AUTHENTICATION_TIMEOUT_MS = 30_000;

/**
 * The SSH server of the drop box (ssh2), SFTP subsystem only: no shell, no command, no forwarding. Listens when the
 * application starts (if this process serves SFTP) and, on shutdown, stops accepting connections, lets the
 * submissions being handed over finish within SHUTDOWN_GRACE_MS, then closes what remains.
 */
@Injectable()
export class SftpServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SFTP');
  private server: Server | null = null;
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Set<SftpSession>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SFTP_LISTENS) private readonly listens: boolean,
    private readonly authenticator: SftpAuthenticator,
    private readonly dropBox: DropBox,
    private readonly inbox: InboxStore,
    private readonly outbox: Outbox,
    private readonly limits: UsageLimits,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.listens) await this.listen();
  }

  /** The bound port (SFTP_PORT=0 picks a free one). */
  get port(): number | null {
    const address = this.server?.address() as AddressInfo | null | undefined;
    return address?.port ?? null;
  }

  async listen(): Promise<void> {
    const { host, port, hostKeyPath } = this.config.sftp;
    this.inbox.clearUnfinishedUploads();
    const server = new Server({ hostKeys: [loadOrCreateHostKey(hostKeyPath)], ident: 'Maillage_SFTP' }, (client, info) => this.accept(client, info.ip));
    await new Promise<void>((resolve, reject) => {
      const refuse = (error: NodeJS.ErrnoException) =>
        reject(new Error(`Le dépôt SFTP ne peut pas écouter sur ${host}:${port} (${error.code ?? error.message}) : choisissez un autre SFTP_PORT, ou SFTP_ENABLED=false`));
      server.once('error', refuse);
      server.listen(port, host, () => {
        server.off('error', refuse);
        resolve();
      });
    });
    server.on('error', (error: Error) => this.logger.error(`Serveur SFTP : ${error.message}`));
    this.server = server;
    this.logger.log(`Dépôt SFTP à l’écoute sur ${host}:${this.port}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const sessions = [...this.sessions];
    await withinGrace(Promise.all(sessions.map((session) => session.settled())), this.config.shutdownGraceMs);
    for (const connection of this.connections) connection.end();
    await withinGrace(Promise.all(sessions.map((session) => session.finished)), this.config.shutdownGraceMs);
    await closed;
    this.logger.log('Dépôt SFTP fermé');
  }

  private accept(client: Connection, ip: string): void {
    this.connections.add(client);
    let account: SftpAccount | null = null;
    let holdsSessionSlot = false;
    const authenticationTimer = setTimeout(() => client.end(), AUTHENTICATION_TIMEOUT_MS);
    client.on('authentication', (context) => {
      this.authenticator
        .authenticate(context, ip)
        .then((outcome) => {
          if (outcome.result === 'rejected') return context.reject(OFFERED_METHODS);
          if (outcome.result === 'accepted') account = outcome.account;
          context.accept();
        })
        .catch((error: Error) => {
          this.logger.error(`Authentification SFTP impossible : ${error.message}`);
          context.reject(OFFERED_METHODS);
        });
    });
    client.on('ready', () => {
      clearTimeout(authenticationTimer);
      const authenticated = account as SftpAccount;
      holdsSessionSlot = this.limits.openSession(authenticated.id);
      if (!holdsSessionSlot) void this.refuseOverLimit(client, authenticated, ip);
      else client.on('session', (acceptSession) => this.openSession(acceptSession(), authenticated, ip));
    });
    client.on('error', (error: Error) => this.logger.debug(`Connexion SFTP depuis ${ip} : ${error.message}`));
    client.on('close', () => {
      clearTimeout(authenticationTimer);
      this.connections.delete(client);
      if (holdsSessionSlot && account) this.limits.closeSession(account.id);
    });
  }

  private openSession(session: Session, account: SftpAccount, ip: string): void {
    session.on('sftp', (acceptSftp) => {
      const sftp = acceptSftp();
      const handler = new SftpSession(sftp, account, ip, { dropBox: this.dropBox, inbox: this.inbox, outbox: this.outbox });
      this.sessions.add(handler);
      // The client's EOF must be answered with a close (RFC 4254 §5.3), which ssh2 does not do by itself: OpenSSH's
      // sftp would otherwise wait forever on exit (mscdex/ssh2#1153, #1443).
      sftp.on('end', () => sftp.end());
      sftp.on('close', () => this.sessions.delete(handler));
    });
  }

  /** Over the limit of simultaneous sessions: every SFTP request is answered with why, then the connection closes. */
  private async refuseOverLimit(client: Connection, account: SftpAccount, ip: string): Promise<void> {
    const max = this.config.sftp.maxSessionsPerAccount;
    const refusal = SftpRefusal.failure(`Trop de sessions simultanées pour ce compte : ${max} au maximum (SFTP_MAX_SESSIONS_PER_ACCOUNT). Fermez une autre session et reconnectez-vous.`);
    client.on('session', (acceptSession) => {
      acceptSession().on('sftp', (acceptSftp) => {
        const sftp = acceptSftp();
        sftp.on('end', () => sftp.end());
        sftp.on('ready', () => setTimeout(() => client.end(), OVER_LIMIT_GRACE_MS));
        for (const request of ['OPEN', 'OPENDIR', 'STAT', 'LSTAT', 'REALPATH', 'REMOVE', 'RENAME', 'MKDIR', 'RMDIR', 'SETSTAT', 'READLINK', 'SYMLINK']) {
          sftp.on(request, (id: number) => sftp.status(id, refusal.status, refusal.message));
        }
      });
    });
    await this.dropBox.recordLimit(account, ip, 'sessions', { max });
  }
}

/** Waits for `work`, or for the grace period, whichever ends first. */
async function withinGrace(work: Promise<unknown>, graceMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([work, expired]);
  clearTimeout(timer);
}
