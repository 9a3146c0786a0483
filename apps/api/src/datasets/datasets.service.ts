import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { ListQuery, Page } from '../common/simple-rest';
import { AdminChangeContext, fieldChanges, recordAdminChange, recordUpdate, SYSTEM_CHANGE } from '../common/admin-change';
import { assertSlugFree, guardSlugRace, slugify, slugUnderivable } from '../common/slug';
import { isUuid } from '../common/uuid';
import { OrganizationsService } from '../organizations/organizations.service';
import { DEFAULT_SCHEMA_NAME, SchemaCatalogService } from '../schema-catalog/schema-catalog.service';
import { CreateDatasetDto, UpdateDatasetDto } from './dtos/dataset.dto';
import { Dataset } from './entities/dataset.entity';
import { DatasetRepository, DatasetSortField } from './dataset.repository';

const AUDITED_FIELDS = ['name', 'slug', 'description', 'schemaName', 'schemaVersion'] as const;

@Injectable()
export class DatasetsService {
  constructor(
    private readonly repository: DatasetRepository,
    private readonly organizations: OrganizationsService,
    private readonly catalog: SchemaCatalogService,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery<DatasetSortField>): Promise<Page<Dataset>> {
    return this.repository.findPage(query);
  }

  async get(id: string): Promise<Dataset> {
    const dataset = isUuid(id) ? await this.repository.findById(id) : null;
    if (!dataset) throw new DomainException(DomainErrorCode.DatasetNotFound, 'Jeu de données introuvable');
    return dataset;
  }

  async create(organizationId: string, input: CreateDatasetDto, context: AdminChangeContext = SYSTEM_CHANGE): Promise<Dataset> {
    const organization = await this.organizations.get(organizationId);
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw slugUnderivable(input.name);
    const schemaName = input.schemaName ?? DEFAULT_SCHEMA_NAME;
    const schemaVersion = this.catalog.resolveVersion(schemaName, input.schemaVersion);
    await assertSlugFree(slug, (candidate) => this.repository.isSlugTakenInOrganization(organization.id, candidate), slugTaken);
    const created = await guardSlugRace(slug, slugTaken, () =>
      this.repository.insert({
        organizationId: organization.id,
        name: input.name.trim(),
        slug,
        description: input.description ?? null,
        schemaName,
        schemaVersion,
      }),
    );
    await recordAdminChange(this.audit, context, {
      action: 'dataset.created',
      organizationId: created.organizationId,
      target: { type: 'dataset', id: created.id },
      details: { name: created.name, slug: created.slug, schemaName, schemaVersion },
    });
    return created;
  }

  async update(id: string, input: UpdateDatasetDto, context: AdminChangeContext = SYSTEM_CHANGE): Promise<Dataset> {
    const dataset = await this.get(id);
    const before = { ...dataset };
    if (input.slug !== undefined && input.slug !== dataset.slug) {
      await assertSlugFree(input.slug, (candidate) => this.repository.isSlugTakenInOrganization(dataset.organizationId, candidate, id), slugTaken);
      dataset.slug = input.slug;
    }
    if (input.name !== undefined) dataset.name = input.name.trim();
    if (input.description !== undefined) dataset.description = input.description;
    if (input.schemaName !== undefined || input.schemaVersion !== undefined) {
      const schemaName = input.schemaName ?? dataset.schemaName;
      const keepsVersion = input.schemaVersion === undefined && schemaName === dataset.schemaName;
      dataset.schemaVersion = keepsVersion ? dataset.schemaVersion : this.catalog.resolveVersion(schemaName, input.schemaVersion);
      dataset.schemaName = schemaName;
    }
    const saved = await guardSlugRace(dataset.slug, slugTaken, () => this.repository.saveChanges(dataset));
    await recordUpdate(
      this.audit,
      context,
      { action: 'dataset.updated', organizationId: saved.organizationId, target: { type: 'dataset', id: saved.id } },
      { before, after: saved, audited: AUDITED_FIELDS },
    );
    return saved;
  }

  /** The mapping is checked against the schema by the caller, which knows the mapping language. */
  async saveMapping(id: string, mapping: Dataset['mapping'], autoSubmit: boolean | undefined, context: AdminChangeContext): Promise<Dataset> {
    const dataset = await this.get(id);
    const before = { mappedFields: mappedFieldsOf(dataset.mapping), autoSubmit: dataset.autoSubmit };
    const previousFields = dataset.mapping?.fields ?? {};
    dataset.mapping = mapping;
    if (autoSubmit !== undefined) dataset.autoSubmit = autoSubmit;
    const saved = await this.repository.saveChanges(dataset);
    const nextFields = mapping?.fields ?? {};
    const remapped = [...new Set([...Object.keys(previousFields), ...Object.keys(nextFields)])]
      .filter((field) => JSON.stringify(previousFields[field]) !== JSON.stringify(nextFields[field]))
      .sort();
    await recordAdminChange(this.audit, context, {
      action: 'dataset.mapping.saved',
      organizationId: saved.organizationId,
      target: { type: 'dataset', id: saved.id },
      details: { ...fieldChanges(before, { mappedFields: mappedFieldsOf(saved.mapping), autoSubmit: saved.autoSubmit }, ['mappedFields', 'autoSubmit']), remappedFields: remapped },
    });
    return saved;
  }
}

function mappedFieldsOf(mapping: Dataset['mapping']): number {
  return mapping ? Object.keys(mapping.fields).length : 0;
}

function slugTaken(slug: string): DomainException {
  return new DomainException(DomainErrorCode.DatasetSlugTaken, `Le slug « ${slug} » est déjà utilisé par un autre jeu de données de cette organisation`);
}
