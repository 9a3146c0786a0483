const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else cannot name a row, and PostgreSQL would reject it in a query on a uuid column. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** A filter value (one id or a list) reduced to the ids that can exist; an empty list matches nothing. */
export function uuidList(value: unknown): string[] {
  return [value].flat().map(String).filter(isUuid);
}
