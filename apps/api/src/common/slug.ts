import { isUniqueViolation } from '../database/unique-violation';
import { DomainErrorCode, DomainException } from './domain.exception';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** « Direction générale des Finances publiques » → « direction-generale-des-finances-publiques ». */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

export function slugUnderivable(name: string): DomainException {
  return new DomainException(DomainErrorCode.ValidationFailed, `Impossible de déduire un slug du nom « ${name} » : indiquez-en un`, [
    { field: 'slug', messages: ['indiquez un slug : le nom ne contient aucune lettre ni aucun chiffre'] },
  ]);
}

/** Checked before writing, so that the usual case gets its 409 before any change is attempted. */
export async function assertSlugFree(slug: string, isTaken: (slug: string) => Promise<boolean>, taken: (slug: string) => DomainException): Promise<void> {
  if (await isTaken(slug)) throw taken(slug);
}

/** Two requests can pass assertSlugFree at the same time; the unique index decides, and the loser gets the same answer. */
export async function guardSlugRace<T>(slug: string, taken: (slug: string) => DomainException, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(slug);
    throw error;
  }
}
