import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { ListQuery, Page } from '../../common/simple-rest';
import { isUuid } from '../../common/uuid';
import { Role } from '../access.decorators';
import { User } from './user.entity';

export const USER_SORTABLE = ['username', 'active', 'createdAt', 'updatedAt', 'lastLoginAt'] as const;
export type UserSortField = (typeof USER_SORTABLE)[number];
export const USER_FILTERS = ['q', 'id', 'active', 'role', 'organizationId'] as const;

export interface NewUser {
  username: string;
  passwordHash: string;
  roles: Role[];
  organizationIds: string[];
}

@Injectable()
export class UserRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: string): Promise<User | null> {
    return isUuid(id) ? this.users.findOneBy({ id }) : Promise.resolve(null);
  }

  findByUsername(username: string): Promise<User | null> {
    return this.users.findOneBy({ username: username.trim().toLowerCase() });
  }

  async hasActiveAdmin(): Promise<boolean> {
    const actives = await this.users.find({ select: { id: true, roles: true }, where: { active: true } });
    return actives.some((user) => user.roles.includes(Role.Admin));
  }

  /**
   * Roles and memberships are JSON lists, so `role` and `organizationId` filter on their quoted value inside the list;
   * both lists are short and the user table is small (people, not records).
   */
  async findPage(query: ListQuery<UserSortField>): Promise<Page<User>> {
    const builder = this.users.createQueryBuilder('user');
    const { q, id, active, role, organizationId } = query.filter;
    if (typeof q === 'string' && q.trim() !== '') builder.andWhere('user.username LIKE :pattern', { pattern: `%${q.trim().toLowerCase()}%` });
    if (id !== undefined) {
      const ids = [id].flat().map(String).filter(isUuid);
      if (ids.length === 0) return { items: [], total: 0 };
      builder.andWhere('user.id IN (:...ids)', { ids });
    }
    if (active !== undefined) builder.andWhere('user.active = :active', { active: active === true || active === 'true' });
    if (typeof role === 'string') builder.andWhere('user.roles LIKE :role', { role: `%"${role}"%` });
    if (typeof organizationId === 'string') builder.andWhere('user.organizationIds LIKE :organizationId', { organizationId: `%"${organizationId}"%` });
    const [items, total] = await builder
      .orderBy(`user.${query.sort.field}`, query.sort.order)
      .addOrderBy('user.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return { items, total };
  }

  insert(data: NewUser): Promise<User> {
    return this.users.save(this.users.create({ id: randomUUID(), active: true, lastLoginAt: null, ...data, username: data.username.toLowerCase() }));
  }

  saveChanges(user: User): Promise<User> {
    return this.users.save(user);
  }

  async recordLogin(id: string, at: Date): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: at });
  }
}
