import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { ListQuery, Page } from '../common/simple-rest';
import { AdminChangeContext, recordAdminChange, recordUpdate, SYSTEM_CHANGE } from '../common/admin-change';
import { assertSlugFree, guardSlugRace, slugify, slugUnderivable } from '../common/slug';
import { isUuid } from '../common/uuid';
import { CreateOrganizationDto, UpdateOrganizationDto } from './dtos/organization.dto';
import { Organization } from './entities/organization.entity';
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
    await assertSlugFree(slug, (candidate) => this.repository.isSlugTaken(candidate), slugTaken);
    const created = await guardSlugRace(slug, slugTaken, () =>
      this.repository.insert({ name: input.name.trim(), slug, siren: input.siren ?? null, kind: input.kind }),
    );
    await recordAdminChange(this.audit, context, {
      action: 'organization.created',
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
      await assertSlugFree(input.slug, (candidate) => this.repository.isSlugTaken(candidate, id), slugTaken);
      organization.slug = input.slug;
    }
    if (input.name !== undefined) organization.name = input.name.trim();
    if (input.siren !== undefined) organization.siren = input.siren;
    if (input.kind !== undefined) organization.kind = input.kind;
    const saved = await guardSlugRace(organization.slug, slugTaken, () => this.repository.saveChanges(organization));
    await recordUpdate(
      this.audit,
      context,
      { action: 'organization.updated', organizationId: saved.id, target: { type: 'organization', id: saved.id } },
      { before, after: saved, audited: AUDITED_FIELDS },
    );
    return saved;
  }
}

function slugTaken(slug: string): DomainException {
  return new DomainException(DomainErrorCode.OrganizationSlugTaken, `Le slug « ${slug} » est déjà utilisé par une autre organisation`);
}
