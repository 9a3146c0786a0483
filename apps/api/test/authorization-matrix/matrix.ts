/* eslint no-dupe-keys: "error" -- a second row for the same route would silently replace the first */
/**
 * The authorisation matrix: for every route of the application, the status each kind of caller gets.
 * A route added to the API without a row here fails `authorization-matrix.spec.ts`; so does a row whose route is gone.
 *
 * Callers, in column order:
 *   anonymous     no credentials
 *   producerA     producer member of organisation A        producerB  producer member of organisation B
 *   reviewer      reviewer (no organisation)               admin      the first admin
 *   tokenA        API token of organisation A, scopes submissions:write + submissions:read
 *   expired       a local access token past its expiry, and an API token of A past its expiry (same status expected)
 *   revoked       a local access token after logout, and a revoked API token of A (same status expected)
 *
 * Paths use placeholders filled from the fixtures: {orgA}, {orgB}, {datasetA}, {submissionA}, {userProducerA},
 * {userToDeactivate}, {tokenToRevoke} (a second token of organisation A), {sftpAccountA}, {unknownSubmission}.
 * A key may end with `#variant` to check the same route again with other parameters. Bodies are chosen so that each caller's request is independent
 * of the others' (e.g. a body rejected by validation proves access was granted without changing anything).
 */
export const CALLERS = ['anonymous', 'producerA', 'producerB', 'reviewer', 'admin', 'tokenA', 'expired', 'revoked'] as const;
export type Caller = (typeof CALLERS)[number];
export type ExpectedStatuses = Record<Caller, number>;

export interface MatrixRow {
  /** The request path, when the route has parameters. */
  path?: string;
  body?: Record<string, unknown>;
  expect: ExpectedStatuses;
}

/** Statuses in the column order of CALLERS. */
function row(...statuses: [number, number, number, number, number, number, number, number]): ExpectedStatuses {
  return Object.fromEntries(CALLERS.map((caller, index) => [caller, statuses[index]])) as ExpectedStatuses;
}

const PUBLIC_200 = row(200, 200, 200, 200, 200, 200, 200, 200);

//                                                                     anon  prodA prodB revw  admin tokA  exp   rev
export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  // Public reading
  'GET /api/health': { expect: PUBLIC_200 },
  'GET /api/metrics': { expect: PUBLIC_200 },
  'GET /api/schemas': { expect: PUBLIC_200 },
  'GET /api/schemas/:name/:version/:file': { path: '/api/schemas/sites-publics/1.0.0/modele.csv', expect: PUBLIC_200 },
  'GET /api/organizations': { expect: PUBLIC_200 },
  'GET /api/organizations/:id': { path: '/api/organizations/{orgA}', expect: PUBLIC_200 },
  'GET /api/datasets': { expect: PUBLIC_200 },
  'GET /api/datasets/:id': { path: '/api/datasets/{datasetA}', expect: PUBLIC_200 },

  // Sign-in: public (which sign-in to show; the empty body is refused by validation for everyone)
  'GET /api/auth/config': { expect: PUBLIC_200 },
  'POST /api/auth/login': { body: {}, expect: row(400, 400, 400, 400, 400, 400, 400, 400) },
  // Any signed-in person, never an API token
  'GET /api/auth/me': { expect: row(401, 200, 200, 200, 200, 403, 401, 401) },
  'POST /api/auth/logout': { expect: row(401, 204, 204, 204, 204, 403, 401, 401) },
  'POST /api/auth/password': { body: { currentPassword: 'x', newPassword: 'court' }, expect: row(401, 400, 400, 400, 400, 403, 401, 401) },

  // Administration
  'POST /api/organizations': { body: { name: 'Organisation de la matrice', kind: 'autre' }, expect: row(401, 403, 403, 403, 201, 403, 401, 401) },
  'PUT /api/organizations/:id': { path: '/api/organizations/{orgA}', body: {}, expect: row(401, 403, 403, 403, 200, 403, 401, 401) },
  'POST /api/organizations/:organizationId/datasets': {
    path: '/api/organizations/{orgA}/datasets',
    body: { name: 'Jeu de la matrice' },
    expect: row(401, 403, 403, 403, 201, 403, 401, 401),
  },
  'PUT /api/datasets/:id': { path: '/api/datasets/{datasetA}', body: {}, expect: row(401, 403, 403, 403, 200, 403, 401, 401) },
  'GET /api/users': { expect: row(401, 403, 403, 403, 200, 403, 401, 401) },
  'GET /api/users/:id': { path: '/api/users/{userProducerA}', expect: row(401, 403, 403, 403, 200, 403, 401, 401) },
  'POST /api/users': {
    body: { username: 'cree.par.la.matrice', password: 'un-mot-de-passe-solide', roles: ['producer'] },
    expect: row(401, 403, 403, 403, 201, 403, 401, 401),
  },
  'PUT /api/users/:id': { path: '/api/users/{userProducerA}', body: {}, expect: row(401, 403, 403, 403, 200, 403, 401, 401) },
  'POST /api/users/:id/deactivate': { path: '/api/users/{userToDeactivate}/deactivate', expect: row(401, 403, 403, 403, 200, 403, 401, 401) },

  // API tokens: admins and the organisation's producers; another organisation's producer gets 404
  'POST /api/organizations/:organizationId/api-tokens': {
    path: '/api/organizations/{orgA}/api-tokens',
    body: { name: 'Jeton de la matrice', scopes: ['submissions:read'] },
    expect: row(401, 201, 404, 403, 201, 403, 401, 401),
  },
  'GET /api/organizations/:organizationId/api-tokens': {
    path: '/api/organizations/{orgA}/api-tokens',
    expect: row(401, 200, 404, 403, 200, 403, 401, 401),
  },
  'DELETE /api/organizations/:organizationId/api-tokens/:tokenId': {
    path: '/api/organizations/{orgA}/api-tokens/{tokenToRevoke}',
    expect: row(401, 200, 404, 403, 200, 403, 401, 401),
  },

  // Submissions: the organisation's producers and tokens send and submit; reviewers read from submission on and decide.
  // {unknownSubmission} names no submission: a caller the route admits gets 404, the others 401/403.
  'POST /api/datasets/:id/submissions': { path: '/api/datasets/{datasetA}/submissions', expect: row(401, 400, 404, 403, 400, 400, 401, 401) },
  'PUT /api/datasets/:id/mapping': { path: '/api/datasets/{datasetA}/mapping', body: { mapping: null }, expect: row(401, 200, 404, 403, 200, 403, 401, 401) },
  'GET /api/submissions': { expect: row(401, 200, 200, 200, 200, 200, 401, 401) },
  'GET /api/submissions/:id': { path: '/api/submissions/{unknownSubmission}', expect: row(401, 404, 404, 404, 404, 404, 401, 401) },
  'GET /api/submissions/:id/report': { path: '/api/submissions/{unknownSubmission}/report', expect: row(401, 404, 404, 404, 404, 404, 401, 401) },
  'GET /api/submissions/:id/summary': { path: '/api/submissions/{unknownSubmission}/summary', expect: row(401, 404, 404, 404, 404, 404, 401, 401) },
  'GET /api/submissions/:id/diff': { path: '/api/submissions/{unknownSubmission}/diff', expect: row(401, 404, 404, 404, 404, 404, 401, 401) },
  'GET /api/submissions/:id/file': { path: '/api/submissions/{unknownSubmission}/file', expect: row(401, 404, 404, 404, 404, 404, 401, 401) },
  'GET /api/submissions/:id/reviews': { path: '/api/submissions/{unknownSubmission}/reviews', expect: row(401, 404, 404, 404, 404, 404, 401, 401) },
  'POST /api/submissions/:id/submit': { path: '/api/submissions/{unknownSubmission}/submit', expect: row(401, 404, 404, 403, 404, 404, 401, 401) },
  'POST /api/submissions/:id/withdraw': { path: '/api/submissions/{unknownSubmission}/withdraw', expect: row(401, 404, 404, 403, 404, 404, 401, 401) },
  'POST /api/submissions/:id/approve': { path: '/api/submissions/{unknownSubmission}/approve', body: {}, expect: row(401, 403, 403, 404, 404, 403, 401, 401) },
  'POST /api/submissions/:id/request-changes': {
    path: '/api/submissions/{unknownSubmission}/request-changes',
    body: { comment: 'à corriger' },
    expect: row(401, 403, 403, 404, 404, 403, 401, 401),
  },
  'POST /api/submissions/:id/cancel-publication': { path: '/api/submissions/{unknownSubmission}/cancel-publication', expect: row(401, 403, 403, 404, 404, 403, 401, 401) },
  // {submissionA}: a real upload of organisation A, not submitted yet (so reviewers do not see it; its diff is not ready)
  'GET /api/submissions/:id#A': { path: '/api/submissions/{submissionA}', expect: row(401, 200, 404, 404, 200, 200, 401, 401) },
  'GET /api/submissions/:id/report#A': { path: '/api/submissions/{submissionA}/report', expect: row(401, 200, 404, 404, 200, 200, 401, 401) },
  'GET /api/submissions/:id/summary#A': { path: '/api/submissions/{submissionA}/summary', expect: row(401, 200, 404, 404, 200, 200, 401, 401) },
  'GET /api/submissions/:id/diff#A': { path: '/api/submissions/{submissionA}/diff', expect: row(401, 409, 404, 404, 409, 409, 401, 401) },
  'GET /api/submissions/:id/file#A': { path: '/api/submissions/{submissionA}/file', expect: row(401, 200, 404, 404, 200, 200, 401, 401) },
  'GET /api/submissions/:id/reviews#A': { path: '/api/submissions/{submissionA}/reviews', expect: row(401, 200, 404, 404, 200, 200, 401, 401) },
  'GET /api/review-queue': { expect: row(401, 403, 403, 200, 200, 403, 401, 401) },

  // Public API (no login; an invalid token is ignored). Unknown identifiers prove the route answers everyone alike.
  'GET /api/public/sites': { expect: PUBLIC_200 },
  'GET /api/public/sites/:producer/:id': { path: '/api/public/sites/producteur-inconnu/site-inconnu', expect: row(404, 404, 404, 404, 404, 404, 404, 404) },
  'GET /api/public/exports/:file': { path: '/api/public/exports/sites.csv', expect: PUBLIC_200 },
  'GET /api/public/datasets/:producer/:dataset/:file': { path: '/api/public/datasets/producteur-inconnu/jeu-inconnu/latest.csv', expect: row(404, 404, 404, 404, 404, 404, 404, 404) },
  'GET /api/public/versions/:file': { path: '/api/public/versions/00000000-0000-4000-8000-000000000000.csv', expect: row(404, 404, 404, 404, 404, 404, 404, 404) },
  'GET /api/public/changes': { expect: PUBLIC_200 },
  'GET /api/public/changes.atom': { expect: PUBLIC_200 },
  'GET /api/public/territories': { path: '/api/public/territories?q=privas', expect: PUBLIC_200 },
  'GET /api/public/territories/:code/summary': { path: '/api/public/territories/07/summary', expect: PUBLIC_200 },

  // Published versions: reviewers and admins read all, producers their organisations'; only admins retract
  'GET /api/published-versions': { expect: row(401, 200, 200, 200, 200, 403, 401, 401) },
  'GET /api/published-versions/:id': { path: '/api/published-versions/00000000-0000-4000-8000-000000000000', expect: row(401, 404, 404, 404, 404, 403, 401, 401) },
  'POST /api/published-versions/:id/retract': {
    path: '/api/published-versions/00000000-0000-4000-8000-000000000000/retract',
    body: { reason: 'Motif de la matrice' },
    expect: row(401, 403, 403, 403, 404, 403, 401, 401),
  },

  // SFTP accounts: as API tokens (admins and the organisation's producers; another organisation's producer gets 404).
  // An ECDSA key is refused (400) once access to the organisation is granted, so the row creates nothing.
  'POST /api/organizations/:organizationId/sftp-accounts': {
    path: '/api/organizations/{orgA}/sftp-accounts',
    body: { username: 'compte-de-la-matrice', publicKey: 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPLHUFRiA7DnxbFb3ZcnT0vp/E1tSlwHPC0Qi0Jx/66wAO3ehqHnKESDqfUKTea4XCuIzk8Q/pmsypAevix/j9Y=' },
    expect: row(401, 400, 404, 403, 400, 403, 401, 401),
  },
  'GET /api/organizations/:organizationId/sftp-accounts': { path: '/api/organizations/{orgA}/sftp-accounts', expect: row(401, 200, 404, 403, 200, 403, 401, 401) },
  'DELETE /api/organizations/:organizationId/sftp-accounts/:accountId': {
    path: '/api/organizations/{orgA}/sftp-accounts/{sftpAccountA}',
    expect: row(401, 200, 404, 403, 200, 403, 401, 401),
  },

  // Audit trail: reviewers and admins
  'GET /api/audit-events': { expect: row(401, 403, 403, 200, 200, 403, 401, 401) },
};
