import { Role } from './access.decorators';
import { hasRole, Principal } from './principal';

/**
 * Which organisations a principal may see or act for. Contexts filter their queries with it and answer 404 (never
 * 403) for another organisation's resource, so that its existence is not disclosed:
 *
 *   scope.ensureCanRead(dataset.organizationId, () => new DomainException(DomainErrorCode.DatasetNotFound, 'Jeu de données introuvable'));
 */
export class AccessScope {
  private constructor(
    private readonly readsEverything: boolean,
    private readonly actsForEverything: boolean,
    private readonly reviews: boolean,
    private readonly memberOf: ReadonlySet<string>,
  ) {}

  static of(principal: Principal): AccessScope {
    const admin = hasRole(principal, Role.Admin);
    const reviewer = hasRole(principal, Role.Reviewer);
    return new AccessScope(admin || reviewer, admin, reviewer, new Set(principal.organizationIds));
  }

  /** Admins and reviewers read every organisation; producers and API tokens only their own. */
  canReadOrganization(organizationId: string): boolean {
    return this.readsEverything || this.memberOf.has(organizationId);
  }

  /** Uploading, submitting, managing tokens: members (producers, the organisation's tokens) and admins. */
  canActForOrganization(organizationId: string): boolean {
    return this.actsForEverything || this.memberOf.has(organizationId);
  }

  /** Approving or requesting changes: a reviewer, never on what their own organisation sent. */
  canReviewOrganization(organizationId: string): boolean {
    return this.reviews && !this.memberOf.has(organizationId);
  }

  /** For query filters: `null` means no restriction, otherwise the only organisation ids to return. */
  readableOrganizationIds(): readonly string[] | null {
    return this.readsEverything ? null : [...this.memberOf];
  }

  isMemberOf(organizationId: string): boolean {
    return this.memberOf.has(organizationId);
  }

  /** Throws the context's own "not found" when the organisation is outside what the caller may read. */
  ensureCanRead(organizationId: string, notFound: () => Error): void {
    if (!this.canReadOrganization(organizationId)) throw notFound();
  }

  ensureCanActFor(organizationId: string, notFound: () => Error): void {
    if (!this.canActForOrganization(organizationId)) throw notFound();
  }
}
