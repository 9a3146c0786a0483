import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, FindOptionsWhere, In, LessThanOrEqual, Repository } from 'typeorm';
import { ListQuery, Page } from '../common/simple-rest';
import { PublishedVersion, PublishedVersionStatus } from './entities/published-version.entity';

export const VERSION_SORTABLE = ['publishAt', 'publishedAt', 'createdAt', 'status', 'siteCount'] as const;
export type VersionSortField = (typeof VERSION_SORTABLE)[number];
export const VERSION_FILTERS = ['id', 'datasetId', 'organizationId', 'submissionId', 'status'] as const;

@Injectable()
export class PublishedVersionRepository {
  constructor(@InjectRepository(PublishedVersion) private readonly versions: Repository<PublishedVersion>) {}

  insert(version: PublishedVersion): Promise<PublishedVersion> {
    return this.versions.save(version);
  }

  findById(id: string): Promise<PublishedVersion | null> {
    return this.versions.findOneBy({ id });
  }

  findCurrent(datasetId: string): Promise<PublishedVersion | null> {
    return this.versions.findOneBy({ datasetId, status: 'current' });
  }

  /** The version a retraction brings back: the latest superseded one of the dataset. */
  findLatestSuperseded(datasetId: string): Promise<PublishedVersion | null> {
    return this.versions.findOne({ where: { datasetId, status: 'superseded' }, order: { publishedAt: 'DESC' } });
  }

  findDueScheduled(now: Date): Promise<PublishedVersion[]> {
    return this.versions.find({ where: { status: 'scheduled', publishAt: LessThanOrEqual(now) }, order: { publishAt: 'ASC' } });
  }

  /** False when the version was no longer scheduled (published or cancelled meanwhile). */
  async cancelIfScheduled(id: string, byId: string, at: Date): Promise<boolean> {
    const result = await this.versions.update({ id, status: 'scheduled' }, { status: 'cancelled', cancelledById: byId, cancelledAt: at });
    return Boolean(result.affected);
  }

  // The transitions below belong to a publication's or a retraction's transaction: they take its manager, and each
  // is conditional on the status it leaves, so that concurrent processes carry it out once.

  /** False when another process has published (or someone cancelled) the version first. */
  async markCurrentIfScheduled(manager: EntityManager, id: string, publishedAt: Date): Promise<boolean> {
    const result = await manager.update(PublishedVersion, { id, status: 'scheduled' }, { status: 'current', publishedAt });
    return Boolean(result.affected);
  }

  async supersedeIfCurrent(manager: EntityManager, id: string): Promise<void> {
    await manager.update(PublishedVersion, { id, status: 'current' }, { status: 'superseded' });
  }

  /** False when the version was replaced or retracted meanwhile. */
  async retractIfCurrent(manager: EntityManager, id: string, retraction: { reason: string; byId: string; byName: string; at: Date }): Promise<boolean> {
    const result = await manager.update(
      PublishedVersion,
      { id, status: 'current' },
      { status: 'retracted', retractionReason: retraction.reason, retractedById: retraction.byId, retractedByName: retraction.byName, retractedAt: retraction.at },
    );
    return Boolean(result.affected);
  }

  /** The superseded version a retraction brings back. */
  async restoreAsCurrent(manager: EntityManager, id: string): Promise<void> {
    await manager.update(PublishedVersion, { id }, { status: 'current' });
  }

  async update(id: string, changes: Partial<PublishedVersion>): Promise<void> {
    await this.versions.update({ id }, changes);
  }

  /** `readableOrganizationIds` null reads every organisation; otherwise the list keeps only those, whatever the filter asks. */
  async findPage(query: ListQuery<VersionSortField>, readableOrganizationIds: readonly string[] | null): Promise<Page<PublishedVersion>> {
    const where: FindOptionsWhere<PublishedVersion> = {};
    for (const key of VERSION_FILTERS) {
      const value = query.filter[key];
      if (typeof value === 'string') (where as Record<string, unknown>)[key] = key === 'status' ? (value as PublishedVersionStatus) : value;
      else if (Array.isArray(value)) (where as Record<string, unknown>)[key] = In(value.map(String));
    }
    if (readableOrganizationIds) {
      const asked = query.filter.organizationId;
      const askedIds = asked === undefined ? null : (Array.isArray(asked) ? asked : [asked]).map(String);
      const organizationIds = askedIds ? askedIds.filter((id) => readableOrganizationIds.includes(id)) : [...readableOrganizationIds];
      if (organizationIds.length === 0) return { items: [], total: 0 };
      where.organizationId = In(organizationIds);
    }
    const [items, total] = await this.versions.findAndCount({ where, order: { [query.sort.field]: query.sort.order }, skip: query.offset, take: query.limit });
    return { items, total };
  }
}
