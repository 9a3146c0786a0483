import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { AuditService, SYSTEM_ACTOR } from '../../audit/audit.service';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { isUniqueViolation } from '../../database/unique-violation';
import { Role } from '../access.decorators';
import { PasswordHasher } from '../passwords/password-hasher';
import { User } from './user.entity';
import { UserRepository } from './user.repository';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * With local accounts and no active admin, creates `admin` so that a fresh installation can be administered: with
 * MAILLAGE_ADMIN_PASSWORD, or with a random password shown once in the log.
 */
@Injectable()
export class FirstAdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Premier administrateur');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: HttpAdapterHost,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  /** Only the API process: a worker (no HTTP server) must not print a password nobody will look for in its log. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.http.httpAdapter) await this.ensureAdminExists();
  }

  /** Returns the generated password when one was generated (for the tests), else null. */
  async ensureAdminExists(): Promise<string | null> {
    if (this.config.identity.mode !== 'local' || (await this.users.hasActiveAdmin())) return null;
    const existing = await this.users.findByUsername(FIRST_ADMIN_USERNAME);
    if (existing) {
      this.logger.error(
        `Aucun administrateur actif, et le compte « ${FIRST_ADMIN_USERNAME} » existe sans ce rôle ou désactivé : corrigez-le en base ou avec la CLI.`,
      );
      return null;
    }
    const generated = this.config.identity.initialAdminPassword === null;
    const password = this.config.identity.initialAdminPassword ?? randomBytes(18).toString('base64url');
    let user: User;
    try {
      user = await this.users.insert({ username: FIRST_ADMIN_USERNAME, passwordHash: await this.hasher.hash(password), roles: [Role.Admin], organizationIds: [] });
    } catch (error) {
      // The API and a worker starting together on an empty database: the other process created it.
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    await this.audit.record({ action: 'user.created', actor: SYSTEM_ACTOR, target: { type: 'user', id: user.id }, details: { username: FIRST_ADMIN_USERNAME, roles: [Role.Admin], firstAdmin: true } });
    this.logger.warn(this.banner(generated ? password : null));
    return generated ? password : null;
  }

  private banner(generatedPassword: string | null): string {
    const host = ['0.0.0.0', '::'].includes(this.config.host) ? 'localhost' : this.config.host;
    const line = '═'.repeat(72);
    return [
      '',
      line,
      `  Compte administrateur créé : « ${FIRST_ADMIN_USERNAME} »`,
      generatedPassword
        ? `  Mot de passe (affiché une seule fois) : ${generatedPassword}`
        : '  Mot de passe : celui de la variable MAILLAGE_ADMIN_PASSWORD',
      `  Connectez-vous sur http://${host}:${this.config.port}/ puis changez ce mot de passe.`,
      line,
    ].join('\n');
  }
}
