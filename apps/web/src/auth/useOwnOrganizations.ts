import { usePermissions } from 'react-admin';
import { activeSession } from './session';

/**
 * The organisations a producer acts for, when lists should be narrowed to them: null for admins and reviewers, who
 * work across organisations.
 */
export function useOwnOrganizations(): string[] | null {
  const { permissions } = usePermissions<string[]>();
  if (!permissions?.includes('producer') || permissions.includes('admin') || permissions.includes('reviewer')) return null;
  return activeSession()?.user.organizationIds ?? [];
}
