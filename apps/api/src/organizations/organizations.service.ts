import { Injectable } from '@nestjs/common';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { ListQuery, Page } from '../common/simple-rest';
import { slugify, slugUnderivable } from '../common/slug';
import { isUuid } from '../common/uuid';
import { isUniqueViolation } from '../database/unique-violation';
import { CreateOrganizationDto, UpdateOrganizationDto } from './dtos/organization.dto';
import { Organization } from './entities/organization.entity';
import { OrganizationRepository, OrganizationSortField } from './organization.repository';

@Injectable()
export class OrganizationsService {
  constructor(private readonly repository: OrganizationRepository) {}

  list(query: ListQuery<OrganizationSortField>): Promise<Page<Organization>> {
    return this.repository.findPage(query);
  }

  async get(id: string): Promise<Organization> {
    const organization = isUuid(id) ? await this.repository.findById(id) : null;
    if (!organization) throw new DomainException(DomainErrorCode.OrganizationNotFound, 'Organisation introuvable');
    return organization;
  }

  async create(input: CreateOrganizationDto): Promise<Organization> {
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw slugUnderivable(input.name);
    await this.assertSlugFree(slug);
    return this.guardSlugRace(slug, () =>
      this.repository.insert({ name: input.name.trim(), slug, siren: input.siren ?? null, kind: input.kind }),
    );
  }

  async update(id: string, input: UpdateOrganizationDto): Promise<Organization> {
    const organization = await this.get(id);
    if (input.slug !== undefined && input.slug !== organization.slug) {
      await this.assertSlugFree(input.slug, id);
      organization.slug = input.slug;
    }
    if (input.name !== undefined) organization.name = input.name.trim();
    if (input.siren !== undefined) organization.siren = input.siren;
    if (input.kind !== undefined) organization.kind = input.kind;
    return this.guardSlugRace(organization.slug, () => this.repository.saveChanges(organization));
  }

  private async assertSlugFree(slug: string, exceptId?: string): Promise<void> {
    if (await this.repository.isSlugTaken(slug, exceptId)) throw slugTaken(slug);
  }

  /** Two requests can pass the check at the same time; the unique index decides, and the loser gets the same answer. */
  private async guardSlugRace<T>(slug: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(slug);
      throw error;
    }
  }
}

function slugTaken(slug: string): DomainException {
  return new DomainException(DomainErrorCode.OrganizationSlugTaken, `Le slug « ${slug} » est déjà utilisé par une autre organisation`);
}
