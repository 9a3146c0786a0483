import Ajv, { type ValidateFunction } from 'ajv';

// validateSchema is off: compiling ajv's meta-schema cost 0.1 s of every process; the constraints' compiler refuses
// by hand what it refused (checkKeywordValue), and builds every schema given here itself.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, code: { optimize: true }, validateSchema: false });

/** Distinct schemas kept at most: past that, the validators compiled so far are forgotten (they keep working). */
const MAX_KEPT = 500;
const compiled = new Map<string, ValidateFunction>();

/**
 * One validator per distinct schema. ajv keeps every schema object it has compiled: compiling an equal one again at
 * each validation would grow a long-running process without end.
 */
export function compileOnce(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (validate === undefined) {
    if (compiled.size >= MAX_KEPT) {
      compiled.clear();
      ajv.removeSchema();
    }
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}
