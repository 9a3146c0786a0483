import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { ListQuery, Page } from '../../common/simple-rest';
import { isUniqueViolation } from '../../database/unique-violation';
import { Role } from '../access.decorators';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { OrganizationDirectory } from '../organization-directory';
import { PasswordHasher } from '../passwords/password-hasher';
import { RequestContext } from '../request-context';
import { CreateUserDto, UpdateUserDto } from './user.dto';
import { User } from './user.entity';
import { UserRepository, UserSortField } from './user.repository';

/** Local accounts, managed by admins. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly organizations: OrganizationDirectory,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery<UserSortField>): Promise<Page<User>> {
    return this.users.findPage(query);
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw new IdentityException(IdentityErrorCode.UserNotFound, 'Utilisateur introuvable');
    return user;
  }

  async create(input: CreateUserDto, context: RequestContext): Promise<User> {
    const organizationIds = input.organizationIds ?? [];
    await this.assertOrganizationsExist(organizationIds);
    if (await this.users.findByUsername(input.username)) throw usernameTaken(input.username);
    const passwordHash = await this.hasher.hash(input.password);
    let user: User;
    try {
      user = await this.users.insert({ username: input.username, passwordHash, roles: input.roles, organizationIds });
    } catch (error) {
      if (isUniqueViolation(error)) throw usernameTaken(input.username);
      throw error;
    }
    await this.audit.record({
      action: 'user.created',
      actor: context.principal,
      ip: context.ip,
      target: { type: 'user', id: user.id },
      details: { username: user.username, roles: user.roles, organizationIds },
    });
    return user;
  }

  async update(id: string, input: UpdateUserDto, context: RequestContext): Promise<User> {
    const user = await this.get(id);
    if (user.id === context.principal.id && (input.active === false || (input.roles && !input.roles.includes(Role.Admin)))) {
      throw new IdentityException(IdentityErrorCode.SelfLockout, 'Vous ne pouvez pas désactiver votre propre compte ni vous retirer le rôle admin : demandez-le à un autre administrateur');
    }
    const changes: Record<string, unknown> = {};
    if (input.organizationIds !== undefined) {
      await this.assertOrganizationsExist(input.organizationIds);
      user.organizationIds = input.organizationIds;
      changes.organizationIds = input.organizationIds;
    }
    if (input.roles !== undefined) {
      user.roles = input.roles;
      changes.roles = input.roles;
    }
    if (input.active !== undefined && input.active !== user.active) {
      user.active = input.active;
      changes.active = input.active;
    }
    if (input.password !== undefined) {
      user.passwordHash = await this.hasher.hash(input.password);
      changes.passwordReset = true;
    }
    const saved = await this.users.saveChanges(user);
    const action = changes.active === false ? 'user.deactivated' : 'user.updated';
    await this.audit.record({ action, actor: context.principal, ip: context.ip, target: { type: 'user', id }, details: changes });
    return saved;
  }

  deactivate(id: string, context: RequestContext): Promise<User> {
    return this.update(id, { active: false }, context);
  }

  private async assertOrganizationsExist(ids: readonly string[]): Promise<void> {
    const unknown = await this.organizations.unknownIds(ids);
    if (unknown.length > 0) {
      throw new IdentityException(IdentityErrorCode.UnknownOrganization, `Organisation inconnue : ${unknown.join(', ')}`);
    }
  }
}

function usernameTaken(username: string): IdentityException {
  return new IdentityException(IdentityErrorCode.UsernameTaken, `L’identifiant « ${username.toLowerCase()} » est déjà utilisé`);
}
