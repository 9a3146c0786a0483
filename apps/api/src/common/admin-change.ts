import { AuditActor, SYSTEM_ACTOR } from '../audit/audit.service';
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
