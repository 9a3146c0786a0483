/** A signed-in admin as the web app stores it (auth/session.ts), for tests against fake routes. */
export const fakeAdminSession = {
  accessToken: 'jeton-de-test',
  expiresAt: '2099-01-01T00:00:00.000Z',
  source: 'local',
  user: { id: '00000000-0000-4000-8000-000000000001', username: 'admin', roles: ['admin'], organizationIds: [] },
};

export const SESSION_STORAGE_KEY = 'maillage.session';
