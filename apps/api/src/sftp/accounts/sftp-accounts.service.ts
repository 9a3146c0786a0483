import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { DomainErrorCode, DomainException } from '../../common/domain.exception';
import { isUniqueViolation } from '../../database/unique-violation';
import { AccessScope } from '../../identity/access-scope';
import { OrganizationDirectory } from '../../identity/organization-directory';
import { PasswordHasher } from '../../identity/passwords/password-hasher';
import { Principal } from '../../identity/principal';
import { CreateSftpAccountDto } from '../dtos/sftp-account.dto';
import { SftpAccount } from '../entities/sftp-account.entity';
import { SftpErrorCode, SftpException } from '../sftp.exception';
import { AuthorizedKey, parseAuthorizedKey, UnacceptableKeyError } from './public-key';
import { SftpAccountRepository } from './sftp-account.repository';

export interface CallerContext {
  principal: Principal;
  ip: string | null;
}

/** Admins and the organisation's producers manage its SFTP accounts; another organisation's answer 404. */
@Injectable()
export class SftpAccountsService {
  constructor(
    private readonly accounts: SftpAccountRepository,
    private readonly organizations: OrganizationDirectory,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async create(organizationId: string, input: CreateSftpAccountDto, context: CallerContext): Promise<SftpAccount> {
    await this.assertManageable(organizationId, context.principal);
    const credential = await this.credentialOf(input);
    if (await this.accounts.isUsernameTaken(input.username)) throw usernameTaken(input.username);
    let account: SftpAccount;
    try {
      account = await this.accounts.insert({
        organizationId,
        username: input.username,
        ...credential,
        createdById: context.principal.id,
        createdByName: context.principal.name,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw usernameTaken(input.username);
      throw error;
    }
    await this.audit.record({
      action: 'sftp.account.created',
      actor: context.principal,
      ip: context.ip,
      organizationId,
      target: { type: 'sftp-account', id: account.id },
      details: { username: account.username, authMethod: account.authMethod, keyType: account.keyType, keyFingerprint: account.keyFingerprint },
    });
    return account;
  }

  async list(organizationId: string, principal: Principal): Promise<SftpAccount[]> {
    await this.assertManageable(organizationId, principal);
    return this.accounts.listForOrganization(organizationId);
  }

  async disable(organizationId: string, accountId: string, context: CallerContext): Promise<SftpAccount> {
    await this.assertManageable(organizationId, context.principal);
    const account = await this.accounts.findInOrganization(organizationId, accountId);
    if (!account) throw new SftpException(SftpErrorCode.AccountNotFound, 'Compte SFTP introuvable');
    if (account.disabledAt) return account;
    account.disabledAt = new Date();
    await this.accounts.markDisabled(account.id, account.disabledAt);
    await this.audit.record({
      action: 'sftp.account.disabled',
      actor: context.principal,
      ip: context.ip,
      organizationId,
      target: { type: 'sftp-account', id: account.id },
      details: { username: account.username },
    });
    return account;
  }

  private async credentialOf(input: CreateSftpAccountDto): Promise<Pick<SftpAccount, 'authMethod' | 'passwordHash' | 'publicKey' | 'keyType' | 'keyFingerprint'>> {
    const hasPassword = input.password !== undefined;
    const hasKey = input.publicKey !== undefined;
    if (hasPassword === hasKey) {
      throw new SftpException(SftpErrorCode.InvalidCredential, 'Indiquez soit un mot de passe (password), soit une clé publique (publicKey), et un seul des deux');
    }
    if (hasPassword) {
      return { authMethod: 'password', passwordHash: await this.hasher.hash(input.password as string), publicKey: null, keyType: null, keyFingerprint: null };
    }
    let key: AuthorizedKey;
    try {
      key = parseAuthorizedKey(input.publicKey as string);
    } catch (error) {
      if (error instanceof UnacceptableKeyError) throw new SftpException(SftpErrorCode.InvalidCredential, error.message);
      throw error;
    }
    return { authMethod: 'publickey', passwordHash: null, publicKey: key.line, keyType: key.type, keyFingerprint: key.fingerprint };
  }

  private async assertManageable(organizationId: string, principal: Principal): Promise<void> {
    if (!AccessScope.of(principal).canActForOrganization(organizationId) || !(await this.organizations.exists(organizationId))) {
      throw new DomainException(DomainErrorCode.OrganizationNotFound, 'Organisation introuvable');
    }
  }
}

function usernameTaken(username: string): SftpException {
  return new SftpException(SftpErrorCode.UsernameTaken, `L’identifiant SFTP « ${username} » est déjà utilisé`);
}
