/**
 * frictionless-py writes constraint values with Python's str(): `True`, `['a', 'b']`, `0`.
 * Notes keep that spelling so reports compare one to one with frictionless's.
 */
export function pythonRepr(value: unknown, nested = false): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return nested ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : value;
  if (Array.isArray(value)) return `[${value.map((item) => pythonRepr(item, true)).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([key, item]) => `'${key}': ${pythonRepr(item, true)}`).join(', ')}}`;
  }
  return String(value);
}
