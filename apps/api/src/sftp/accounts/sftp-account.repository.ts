import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { isUuid } from '../../common/uuid';
import { SftpAccount } from '../entities/sftp-account.entity';

export type NewSftpAccount = Pick<
  SftpAccount,
  'organizationId' | 'username' | 'authMethod' | 'passwordHash' | 'publicKey' | 'keyType' | 'keyFingerprint' | 'createdById' | 'createdByName'
>;

@Injectable()
export class SftpAccountRepository {
  constructor(@InjectRepository(SftpAccount) private readonly accounts: Repository<SftpAccount>) {}

  insert(data: NewSftpAccount): Promise<SftpAccount> {
    return this.accounts.save(this.accounts.create({ id: randomUUID(), lastLoginAt: null, lastLoginIp: null, disabledAt: null, ...data }));
  }

  findByUsername(username: string): Promise<SftpAccount | null> {
    return this.accounts.findOneBy({ username });
  }

  isUsernameTaken(username: string): Promise<boolean> {
    return this.accounts.existsBy({ username });
  }

  findInOrganization(organizationId: string, id: string): Promise<SftpAccount | null> {
    return isUuid(id) ? this.accounts.findOneBy({ id, organizationId }) : Promise.resolve(null);
  }

  listForOrganization(organizationId: string): Promise<SftpAccount[]> {
    return this.accounts.find({ where: { organizationId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async markDisabled(id: string, at: Date): Promise<void> {
    await this.accounts.update({ id }, { disabledAt: at });
  }

  async recordLogin(id: string, at: Date, ip: string | null): Promise<void> {
    await this.accounts.update({ id }, { lastLoginAt: at, lastLoginIp: ip });
  }
}
