/** What a backing service (database, storage, job driver) reports to the health endpoint. */
export interface DriverHealth {
  up: boolean;
  detail?: string;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
