import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { isUuid } from '../../common/uuid';
import { ApiTokenScope } from '../principal';
import { ApiToken } from './api-token.entity';

export interface NewApiToken {
  organizationId: string;
  name: string;
  scopes: ApiTokenScope[];
  prefix: string;
  secretHash: string;
  expiresAt: Date | null;
  createdById: string | null;
  createdByName: string | null;
}

@Injectable()
export class ApiTokenRepository {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {}

  insert(data: NewApiToken): Promise<ApiToken> {
    return this.tokens.save(this.tokens.create({ id: randomUUID(), lastUsedAt: null, lastUsedIp: null, revokedAt: null, ...data }));
  }

  findBySecretHash(secretHash: string): Promise<ApiToken | null> {
    return this.tokens.findOneBy({ secretHash });
  }

  findInOrganization(organizationId: string, id: string): Promise<ApiToken | null> {
    return isUuid(id) ? this.tokens.findOneBy({ id, organizationId }) : Promise.resolve(null);
  }

  /** Active tokens first, newest first. */
  listForOrganization(organizationId: string): Promise<ApiToken[]> {
    return this.tokens.find({ where: { organizationId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async markRevoked(id: string, at: Date): Promise<void> {
    await this.tokens.update({ id }, { revokedAt: at });
  }

  async recordUse(id: string, at: Date, ip: string | null): Promise<void> {
    await this.tokens.update({ id }, { lastUsedAt: at, lastUsedIp: ip });
  }
}
