import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { ListQuery, Page } from '../common/simple-rest';
import { slugify, slugUnderivable } from '../common/slug';
import { isUuid } from '../common/uuid';
import { isUniqueViolation } from '../database/unique-violation';
import { CreateOrganizationDto, UpdateOrganizationDto } from './dtos/organization.dto';
import { Organization } from './entities/organization.entity';
import { AdminChangeContext, fieldChanges, SYSTEM_CHANGE } from './admin-change';
import { OrganizationRepository, OrganizationSortField } from './organization.repository';

const AUDITED_FIELDS = ['name', 'slug', 'siren', 'kind'] as const;

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repository: OrganizationRepository,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery<OrganizationSortField>): Promise<Page<Organization>> {
    return this.repository.findPage(query);
  }

  async get(id: string): Promise<Organization> {
    const organization = isUuid(id) ? await this.repository.findById(id) : null;
    if (!organization) throw new DomainException(DomainErrorCode.OrganizationNotFound, 'Organisation introuvable');
    return organization;
  }

  async create(input: CreateOrganizationDto, context: AdminChangeContext = SYSTEM_CHANGE): Promise<Organization> {
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw slugUnderivable(input.name);
    await this.assertSlugFree(slug);
    const created = await this.guardSlugRace(slug, () =>
      this.repository.insert({ name: input.name.trim(), slug, siren: input.siren ?? null, kind: input.kind }),
    );
    await this.audit.record({
      action: 'organization.created',
      actor: context.principal,
      ip: context.ip,
      organizationId: created.id,
      target: { type: 'organization', id: created.id },
      details: { name: created.name, slug: created.slug, siren: created.siren, kind: created.kind },
    });
    return created;
  }

  async update(id: string, input: UpdateOrganizationDto, context: AdminChangeContext = SYSTEM_CHANGE): Promise<Organization> {
    const organization = await this.get(id);
    const before = { ...organization };
    if (input.slug !== undefined && input.slug !== organization.slug) {
      await this.assertSlugFree(input.slug, id);
      organization.slug = input.slug;
    }
    if (input.name !== undefined) organization.name = input.name.trim();
    if (input.siren !== undefined) organization.siren = input.siren;
    if (input.kind !== undefined) organization.kind = input.kind;
    const saved = await this.guardSlugRace(organization.slug, () => this.repository.saveChanges(organization));
    const changes = fieldChanges(before, saved, AUDITED_FIELDS);
    if (Object.keys(changes).length > 0) {
      await this.audit.record({
        action: 'organization.updated',
        actor: context.principal,
        ip: context.ip,
        organizationId: saved.id,
        target: { type: 'organization', id: saved.id },
        details: changes,
      });
    }
    return saved;
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
