import { SetMetadata } from '@nestjs/common';

export enum Role {
  Producer = 'producer',
  Reviewer = 'reviewer',
  Admin = 'admin',
}

export const PUBLIC_ACCESS = 'maillage:public';
export const ALLOWED_ROLES = 'maillage:roles';

/** Readable by anyone, without credentials. */
export const Public = () => SetMetadata(PUBLIC_ACCESS, true);

/** Callable by an authenticated principal holding one of these roles; the global guard denies routes declaring neither. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);
