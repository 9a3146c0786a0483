import { Role } from './access.decorators';
import { hasRole, Principal } from './principal';

/**
 * Which organisations a principal may see or act for. Contexts filter their queries with it and answer 404 (never
 * 403) for another organisation's resource, so its existence is not disclosed: see `assertCanRead`/`assertCanActFor`.
 */
export class AccessScope {
  private constructor(
    private readonly readsEverything: boolean,
    private readonly actsForEverything: boolean,
    private readonly memberOf: ReadonlySet<string>,
  ) {}

  static of(principal: Principal): AccessScope {
    const admin = hasRole(principal, Role.Admin);
    const readsEverything = admin || hasRole(principal, Role.Reviewer);
    return new AccessScope(readsEverything, admin, new Set(principal.organizationIds));
  }

  /** Admins and reviewers read every organisation; producers and API tokens only their own. */
  canReadOrganization(organizationId: string): boolean {
    return this.readsEverything || this.memberOf.has(organizationId);
  }

  /** Uploading, submitting, managing tokens: members (producers, the organisation's tokens) and admins. */
  canActForOrganization(organizationId: string): boolean {
    return this.actsForEverything || this.memberOf.has(organizationId);
  }

  /** For query filters: `null` means no restriction, otherwise the only organisation ids to return. */
  readableOrganizationIds(): readonly string[] | null {
    return this.readsEverything ? null : [...this.memberOf];
  }

  isMemberOf(organizationId: string): boolean {
    return this.memberOf.has(organizationId);
  }
}
