import { AccessScope } from '../../src/identity/access-scope';
import { Role } from '../../src/identity/access.decorators';
import { Principal } from '../../src/identity/principal';

const user = (roles: Role[], organizationIds: string[]): Principal => ({ kind: 'user', source: 'local', id: 'u', name: 'u', roles, organizationIds, scopes: [] });

describe('AccessScope', () => {
  it('limits a producer to its organisations', () => {
    const scope = AccessScope.of(user([Role.Producer], ['a']));
    expect([scope.canReadOrganization('a'), scope.canReadOrganization('b')]).toEqual([true, false]);
    expect([scope.canActForOrganization('a'), scope.canActForOrganization('b')]).toEqual([true, false]);
    expect(scope.readableOrganizationIds()).toEqual(['a']);
    expect(() => scope.ensureCanRead('b', () => new Error('introuvable'))).toThrow('introuvable');
  });

  it('lets a reviewer read everything, act for nobody, and review only other organisations', () => {
    const scope = AccessScope.of(user([Role.Reviewer, Role.Producer], ['a']));
    expect(scope.readableOrganizationIds()).toBeNull();
    expect([scope.canActForOrganization('a'), scope.canActForOrganization('b')]).toEqual([true, false]);
    expect([scope.canReviewOrganization('a'), scope.canReviewOrganization('b')]).toEqual([false, true]);
  });

  it('lets an admin read and act for every organisation, without reviewing', () => {
    const scope = AccessScope.of(user([Role.Admin], []));
    expect([scope.canReadOrganization('z'), scope.canActForOrganization('z'), scope.canReviewOrganization('z')]).toEqual([true, true, false]);
  });

  it('limits an API token to its organisation', () => {
    const token: Principal = { kind: 'api-token', source: 'api-token', id: 't', name: 't', roles: [], organizationIds: ['a'], scopes: ['submissions:write'] };
    const scope = AccessScope.of(token);
    expect([scope.canActForOrganization('a'), scope.canReadOrganization('b'), scope.canReviewOrganization('b')]).toEqual([true, false, false]);
  });
});
