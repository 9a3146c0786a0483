import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { RevokedAccessToken } from './revoked-access-token.entity';

@Injectable()
export class RevokedAccessTokenRepository {
  constructor(@InjectRepository(RevokedAccessToken) private readonly revoked: Repository<RevokedAccessToken>) {}

  /** Also forgets tokens past their expiry: they are refused by their `exp` already. */
  async revoke(tokenId: string, expiresAt: Date): Promise<void> {
    await this.revoked.delete({ expiresAt: LessThan(new Date()) });
    await this.revoked.upsert({ tokenId, expiresAt }, ['tokenId']);
  }

  isRevoked(tokenId: string): Promise<boolean> {
    return this.revoked.existsBy({ tokenId });
  }
}
