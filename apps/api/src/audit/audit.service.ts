import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ListQuery, Page } from '../common/simple-rest';
import type { Principal } from '../identity/principal';
import { AuditActorType, AuditChannel, AuditEvent } from './audit-event.entity';
import { AuditEventRepository, AuditSortField } from './audit-event.repository';

export interface AuditActor {
  type: AuditActorType;
  id: string | null;
  name: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { type: 'system', id: null, name: 'système' };

export interface AuditRecord {
  /** Dotted, past tense: `auth.login.succeeded`, `token.created`, `submission.approved`… */
  action: string;
  /** The principal of the request, or an explicit actor (the system, an anonymous caller naming a username). */
  actor: Principal | AuditActor;
  /** Defaults from the actor: `api` for an API token, `web` for a user, `system` otherwise. */
  channel?: AuditChannel;
  organizationId?: string | null;
  ip?: string | null;
  target?: { type: string; id: string };
  details?: Record<string, unknown>;
}

/** The audit trail every context writes to. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(private readonly repository: AuditEventRepository) {}

  record(entry: AuditRecord): Promise<AuditEvent> {
    const actor = toActor(entry.actor);
    const event = Object.assign(new AuditEvent(), {
      id: randomUUID(),
      at: new Date(),
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name,
      organizationId: entry.organizationId ?? singleOrganizationOf(entry.actor),
      channel: entry.channel ?? defaultChannel(actor.type),
      ip: entry.ip ?? null,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      details: entry.details ?? null,
    });
    this.logger.log(`${event.action} par ${actor.type}:${actor.name ?? actor.id ?? '-'}${event.targetId ? ` sur ${event.targetType}:${event.targetId}` : ''}`);
    return this.repository.append(event);
  }

  list(query: ListQuery<AuditSortField>, period: { since?: Date; until?: Date }): Promise<Page<AuditEvent>> {
    return this.repository.findPage(query, period);
  }
}

function isPrincipal(actor: Principal | AuditActor): actor is Principal {
  return 'kind' in actor;
}

function toActor(actor: Principal | AuditActor): AuditActor {
  if (!isPrincipal(actor)) return actor;
  return { type: actor.kind, id: actor.id, name: actor.name };
}

/** An API token or SFTP account always acts for one organisation, so its events belong to it without the caller saying so. */
function singleOrganizationOf(actor: Principal | AuditActor): string | null {
  return isPrincipal(actor) && actor.kind !== 'user' ? actor.organizationIds[0] ?? null : null;
}

function defaultChannel(type: AuditActorType): AuditChannel {
  if (type === 'api-token') return 'api';
  if (type === 'sftp-account') return 'sftp';
  if (type === 'user' || type === 'anonymous') return 'web';
  return 'system';
}
