import { AuditActor, AuditRecord, AuditService, SYSTEM_ACTOR } from '../audit/audit.service';
import type { Principal } from '../identity/principal';

/** Who makes an admin change: the request's principal, or the system for scripts (seeds, benches) calling the service. */
export interface AdminChangeContext {
  principal: Principal | AuditActor;
  ip: string | null;
}

export const SYSTEM_CHANGE: AdminChangeContext = { principal: SYSTEM_ACTOR, ip: null };

/** The audit diff of an admin change: only the fields whose value moved, as `{ field: { from, to } }`. */
export function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
  }
  return changes;
}

export async function recordAdminChange(audit: AuditService, context: AdminChangeContext, entry: Omit<AuditRecord, 'actor' | 'ip'>): Promise<void> {
  await audit.record({ ...entry, actor: context.principal, ip: context.ip });
}

/** An update that moved none of the audited fields leaves no trace in the audit trail. */
export async function recordUpdate<T extends object>(
  audit: AuditService,
  context: AdminChangeContext,
  entry: Omit<AuditRecord, 'actor' | 'ip' | 'details'>,
  change: { before: T; after: T; audited: readonly (keyof T & string)[] },
): Promise<void> {
  const details = fieldChanges(change.before, change.after, change.audited);
  if (Object.keys(details).length > 0) await recordAdminChange(audit, context, { ...entry, details });
}
