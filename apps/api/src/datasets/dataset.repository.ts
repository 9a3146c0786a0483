import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { Brackets, Repository } from 'typeorm';
import { whereIn } from '../database/where-in';
import { ListQuery, Page } from '../common/simple-rest';
import { uuidList } from '../common/uuid';
import { Dataset } from './entities/dataset.entity';

export const DATASET_SORTABLE = ['name', 'slug', 'schemaName', 'schemaVersion', 'createdAt', 'updatedAt'] as const;
export type DatasetSortField = (typeof DATASET_SORTABLE)[number];
export const DATASET_FILTERS = ['q', 'id', 'organizationId', 'schemaName'] as const;

export interface NewDataset {
  organizationId: string;
  name: string;
  slug: string;
  description: string | null;
  schemaName: string;
  schemaVersion: string;
}

@Injectable()
export class DatasetRepository {
  constructor(@InjectRepository(Dataset) private readonly datasets: Repository<Dataset>) {}

  findById(id: string): Promise<Dataset | null> {
    return this.datasets.findOneBy({ id });
  }

  async isSlugTakenInOrganization(organizationId: string, slug: string, exceptId?: string): Promise<boolean> {
    const found = await this.datasets.findOneBy({ organizationId, slug });
    return found !== null && found.id !== exceptId;
  }

  /** `q` searches name, slug and description; `organizationId` and `id` accept one value or a list. */
  async findPage(query: ListQuery<DatasetSortField>): Promise<Page<Dataset>> {
    const builder = this.datasets.createQueryBuilder('dataset');
    const { q, id, organizationId, schemaName } = query.filter;
    if (typeof q === 'string' && q.trim() !== '') {
      const pattern = `%${q.trim().toLowerCase()}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('LOWER(dataset.name) LIKE :pattern', { pattern })
            .orWhere('dataset.slug LIKE :pattern', { pattern })
            .orWhere('LOWER(dataset.description) LIKE :pattern', { pattern }),
        ),
      );
    }
    if (id !== undefined) whereIn(builder, 'dataset.id', uuidList(id));
    if (organizationId !== undefined) whereIn(builder, 'dataset.organizationId', uuidList(organizationId));
    if (schemaName !== undefined) builder.andWhere('dataset.schemaName = :schemaName', { schemaName: String(schemaName) });
    const [items, total] = await builder
      .orderBy(`dataset.${query.sort.field}`, query.sort.order)
      .addOrderBy('dataset.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return { items, total };
  }

  insert(data: NewDataset): Promise<Dataset> {
    return this.datasets.save(this.datasets.create({ id: randomUUID(), ...data }));
  }

  saveChanges(dataset: Dataset): Promise<Dataset> {
    return this.datasets.save(dataset);
  }
}
