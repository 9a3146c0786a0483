import path from 'path';

/** One invalid or missing variable, described in both languages for operators. */
export interface ConfigurationProblem {
  variable: string;
  fr: string;
  en: string;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: ConfigurationProblem[]) {
    super(
      problems
        .map((problem) => `Configuration invalide : ${problem.fr}\nInvalid configuration: ${problem.en}`)
        .join('\n'),
    );
    this.name = 'ConfigurationError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads environment variables, converting and checking each one; problems are collected so that start-up reports
 * every bad variable at once rather than one per attempt. Other bounded contexts (identity) reuse it.
 */
export class EnvReader {
  readonly problems: ConfigurationProblem[] = [];

  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  report(variable: string, fr: string, en: string): void {
    this.problems.push({ variable, fr, en });
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  requiredString(name: string, why: { fr: string; en: string }): string {
    const value = this.raw(name);
    if (value === undefined) {
      this.report(name, `${name} est obligatoire ${why.fr}`, `${name} is required ${why.en}`);
      return '';
    }
    return value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.report(
        name,
        `${name} doit être un entier entre ${min} et ${max} (reçu « ${value} »)`,
        `${name} must be an integer between ${min} and ${max} (got "${value}")`,
      );
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const normalized = value.toLowerCase();
    if (['true', '1', 'yes', 'oui'].includes(normalized)) return true;
    if (['false', '0', 'no', 'non'].includes(normalized)) return false;
    this.report(
      name,
      `${name} doit valoir true ou false (reçu « ${value} »)`,
      `${name} must be true or false (got "${value}")`,
    );
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      const list = allowed.join(', ');
      this.report(
        name,
        `${name} doit valoir l'une de ces valeurs : ${list} (reçu « ${value} »)`,
        `${name} must be one of: ${list} (got "${value}")`,
      );
      return fallback;
    }
    return value as T;
  }

  url(name: string, protocols: readonly string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    let protocol: string | undefined;
    try {
      protocol = new URL(value).protocol.replace(/:$/, '');
    } catch {
      protocol = undefined;
    }
    if (!protocol || !protocols.includes(protocol)) {
      const expected = protocols.map((p) => `${p}://…`).join(' ou ');
      this.report(
        name,
        `${name} doit être une URL ${expected} (reçu « ${redactCredentials(value)} »)`,
        `${name} must be a ${protocols.map((p) => `${p}://…`).join(' or ')} URL (got "${redactCredentials(value)}")`,
      );
      return undefined;
    }
    return value;
  }

  directory(name: string, fallback: string, cwd: string): string {
    return path.resolve(cwd, this.raw(name) ?? fallback);
  }

  /** Throws every problem collected so far, including those reported by other readers. */
  throwIfInvalid(): void {
    if (this.problems.length > 0) throw new ConfigurationError(this.problems);
  }
}

/** Never echo a password from a connection string into logs. */
export function redactCredentials(value: string): string {
  return value.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}
