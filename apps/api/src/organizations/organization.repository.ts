import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { Brackets, Repository } from 'typeorm';
import { whereIn } from '../database/where-in';
import { ListQuery, Page } from '../common/simple-rest';
import { uuidList } from '../common/uuid';
import { Organization, OrganizationKind } from './entities/organization.entity';

export const ORGANIZATION_SORTABLE = ['name', 'slug', 'kind', 'siren', 'createdAt', 'updatedAt'] as const;
export type OrganizationSortField = (typeof ORGANIZATION_SORTABLE)[number];
export const ORGANIZATION_FILTERS = ['q', 'id', 'kind', 'siren'] as const;

export interface NewOrganization {
  name: string;
  slug: string;
  siren: string | null;
  kind: OrganizationKind;
}

@Injectable()
export class OrganizationRepository {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  findById(id: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ id });
  }

  async isSlugTaken(slug: string, exceptId?: string): Promise<boolean> {
    const found = await this.organizations.findOneBy({ slug });
    return found !== null && found.id !== exceptId;
  }

  /** `q` searches name, slug and SIREN; `id` (one or several) serves react-admin's getMany. */
  async findPage(query: ListQuery<OrganizationSortField>): Promise<Page<Organization>> {
    const builder = this.organizations.createQueryBuilder('organization');
    const { q, id, kind, siren } = query.filter;
    if (typeof q === 'string' && q.trim() !== '') {
      const pattern = `%${q.trim().toLowerCase()}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('LOWER(organization.name) LIKE :pattern', { pattern })
            .orWhere('organization.slug LIKE :pattern', { pattern })
            .orWhere('organization.siren LIKE :pattern', { pattern }),
        ),
      );
    }
    if (id !== undefined) whereIn(builder, 'organization.id', uuidList(id));
    if (kind !== undefined) builder.andWhere('organization.kind IN (:...kinds)', { kinds: [kind].flat().map(String) });
    if (siren !== undefined) builder.andWhere('organization.siren = :siren', { siren: String(siren) });
    const [items, total] = await builder
      .orderBy(`organization.${query.sort.field}`, query.sort.order)
      .addOrderBy('organization.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return { items, total };
  }

  insert(data: NewOrganization): Promise<Organization> {
    return this.organizations.save(this.organizations.create({ id: randomUUID(), ...data }));
  }

  saveChanges(organization: Organization): Promise<Organization> {
    return this.organizations.save(organization);
  }
}
