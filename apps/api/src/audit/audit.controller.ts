import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { ApiSimpleRestList, parseListQuery, RawListQuery, sendPage } from '../common/simple-rest';
import { Role, Roles } from '../identity/access.decorators';
import { AuditEvent } from './audit-event.entity';
import { AUDIT_FILTERS, AUDIT_SORTABLE } from './audit-event.repository';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Read-only on purpose: the trail has no route to change or delete an event. */
  @Get()
  @Roles(Role.Admin, Role.Reviewer)
  @ApiSimpleRestList('audit-events', AuditEvent, AUDIT_SORTABLE, AUDIT_FILTERS)
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<AuditEvent[]> {
    const query = parseListQuery(raw, { sortable: AUDIT_SORTABLE, defaultSort: { field: 'at', order: 'DESC' }, filterable: AUDIT_FILTERS });
    const period = { since: readDate(query.filter.since, 'since'), until: readDate(query.filter.until, 'until') };
    const page = await this.audit.list(query, period);
    return sendPage(response, 'audit-events', query.offset, page);
  }
}

function readDate(value: unknown, name: string): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    throw new DomainException(DomainErrorCode.InvalidListQuery, `Le filtre ${name} doit être une date ISO 8601, par exemple 2026-11-25 (reçu « ${String(value)} »)`);
  }
  return date;
}
