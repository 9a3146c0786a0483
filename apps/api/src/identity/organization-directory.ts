import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { isUuid } from '../common/uuid';
import { Organization } from '../organizations/entities/organization.entity';

/** The little identity needs to know about organisations: which ids exist, and which ids Keycloak's slugs name. */
@Injectable()
export class OrganizationDirectory {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  async idsForSlugs(slugs: readonly string[]): Promise<string[]> {
    if (slugs.length === 0) return [];
    const found = await this.organizations.find({ select: { id: true }, where: { slug: In([...slugs]) } });
    return found.map((organization) => organization.id);
  }

  /** The ids in the list that name no organisation. */
  async unknownIds(ids: readonly string[]): Promise<string[]> {
    const candidates = ids.filter(isUuid);
    const found = candidates.length === 0 ? [] : await this.organizations.find({ select: { id: true }, where: { id: In(candidates) } });
    const known = new Set(found.map((organization) => organization.id));
    return ids.filter((id) => !known.has(id));
  }

  async exists(id: string): Promise<boolean> {
    return isUuid(id) && (await this.organizations.existsBy({ id }));
  }
}
