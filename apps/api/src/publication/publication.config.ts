import type { EnvReader } from '../config/env-reader';

export interface PublicationConfig {
  /** Requests per minute and client address on `/api/public/*`. */
  publicRateLimitPerMinute: number;
  /** How often a process checks for scheduled versions whose date has come (the delayed job's safety net). */
  schedulerTickMs: number;
}

export function readPublicationConfig(reader: EnvReader): PublicationConfig {
  return {
    publicRateLimitPerMinute: reader.integer('PUBLIC_RATE_LIMIT_PER_MINUTE', 600, 1, 100_000_000),
    schedulerTickMs: reader.integer('PUBLICATION_SCHEDULER_TICK_MS', 60_000, 50, 86_400_000),
  };
}
