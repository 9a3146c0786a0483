import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ListQuery, Page } from '../common/simple-rest';
import { AuditEvent } from './audit-event.entity';

export const AUDIT_SORTABLE = ['at', 'action', 'actorName', 'organizationId'] as const;
export type AuditSortField = (typeof AUDIT_SORTABLE)[number];
export const AUDIT_FILTERS = ['action', 'actorType', 'actorId', 'organizationId', 'channel', 'targetType', 'targetId', 'since', 'until', 'q'] as const;

/** Append-only by construction: it can add and read events, nothing else. */
@Injectable()
export class AuditEventRepository {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async append(event: AuditEvent): Promise<AuditEvent> {
    // A plain INSERT (no select-before-save); the cast only widens `details`, which TypeORM's deep-partial type rejects.
    await this.events.insert(event as QueryDeepPartialEntity<AuditEvent>);
    return event;
  }

  /**
   * `action` matches exactly, or by prefix when it ends with `.*` (`auth.*`); `since`/`until` bound `at` (ISO dates,
   * inclusive); `q` searches the actor name and the action.
   */
  async findPage(query: ListQuery<AuditSortField>, period: { since?: Date; until?: Date }): Promise<Page<AuditEvent>> {
    const builder = this.events.createQueryBuilder('event');
    const { action, actorType, actorId, organizationId, channel, targetType, targetId, q } = query.filter;
    const actions = list(action);
    if (actions.length > 0) {
      const clauses = actions.map((value, index) =>
        value.endsWith('.*') ? `event.action LIKE :action${index}` : `event.action = :action${index}`,
      );
      const parameters = Object.fromEntries(actions.map((value, index) => [`action${index}`, value.endsWith('.*') ? `${value.slice(0, -1)}%` : value]));
      builder.andWhere(`(${clauses.join(' OR ')})`, parameters);
    }
    for (const [column, value] of Object.entries({ actorType, actorId, organizationId, channel, targetType, targetId })) {
      const values = list(value);
      if (values.length > 0) builder.andWhere(`event.${column} IN (:...${column})`, { [column]: values });
    }
    if (typeof q === 'string' && q.trim() !== '') {
      builder.andWhere('(LOWER(event.actorName) LIKE :pattern OR event.action LIKE :pattern)', { pattern: `%${q.trim().toLowerCase()}%` });
    }
    if (period.since) builder.andWhere('event.at >= :since', { since: period.since });
    if (period.until) builder.andWhere('event.at <= :until', { until: period.until });
    const [items, total] = await builder
      .orderBy(`event.${query.sort.field}`, query.sort.order)
      .addOrderBy('event.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return { items, total };
  }
}

function list(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return [value].flat().map(String);
}
