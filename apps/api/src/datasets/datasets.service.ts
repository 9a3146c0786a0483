import { Injectable } from '@nestjs/common';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { ListQuery, Page } from '../common/simple-rest';
import { slugify, slugUnderivable } from '../common/slug';
import { isUuid } from '../common/uuid';
import { isUniqueViolation } from '../database/unique-violation';
import { OrganizationsService } from '../organizations/organizations.service';
import { DEFAULT_SCHEMA_NAME, SchemaCatalogService } from '../schema-catalog/schema-catalog.service';
import { CreateDatasetDto, UpdateDatasetDto } from './dtos/dataset.dto';
import { Dataset } from './entities/dataset.entity';
import { DatasetRepository, DatasetSortField } from './dataset.repository';

@Injectable()
export class DatasetsService {
  constructor(
    private readonly repository: DatasetRepository,
    private readonly organizations: OrganizationsService,
    private readonly catalog: SchemaCatalogService,
  ) {}

  list(query: ListQuery<DatasetSortField>): Promise<Page<Dataset>> {
    return this.repository.findPage(query);
  }

  async get(id: string): Promise<Dataset> {
    const dataset = isUuid(id) ? await this.repository.findById(id) : null;
    if (!dataset) throw new DomainException(DomainErrorCode.DatasetNotFound, 'Jeu de données introuvable');
    return dataset;
  }

  async create(organizationId: string, input: CreateDatasetDto): Promise<Dataset> {
    const organization = await this.organizations.get(organizationId);
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw slugUnderivable(input.name);
    const schemaName = input.schemaName ?? DEFAULT_SCHEMA_NAME;
    const schemaVersion = this.catalog.resolveVersion(schemaName, input.schemaVersion);
    await this.assertSlugFree(organization.id, slug);
    return this.guardSlugRace(slug, () =>
      this.repository.insert({
        organizationId: organization.id,
        name: input.name.trim(),
        slug,
        description: input.description ?? null,
        schemaName,
        schemaVersion,
      }),
    );
  }

  async update(id: string, input: UpdateDatasetDto): Promise<Dataset> {
    const dataset = await this.get(id);
    if (input.slug !== undefined && input.slug !== dataset.slug) {
      await this.assertSlugFree(dataset.organizationId, input.slug, id);
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
    return this.guardSlugRace(dataset.slug, () => this.repository.saveChanges(dataset));
  }

  /** The mapping is checked against the schema by the caller, which knows the mapping language. */
  async saveMapping(id: string, mapping: Dataset['mapping'], autoSubmit?: boolean): Promise<Dataset> {
    const dataset = await this.get(id);
    dataset.mapping = mapping;
    if (autoSubmit !== undefined) dataset.autoSubmit = autoSubmit;
    return this.repository.saveChanges(dataset);
  }

  private async assertSlugFree(organizationId: string, slug: string, exceptId?: string): Promise<void> {
    if (await this.repository.isSlugTakenInOrganization(organizationId, slug, exceptId)) throw slugTaken(slug);
  }

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
  return new DomainException(DomainErrorCode.DatasetSlugTaken, `Le slug « ${slug} » est déjà utilisé par un autre jeu de données de cette organisation`);
}
