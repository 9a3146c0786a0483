import { handlePublicApi } from './fake-public-api';
import { fakeApiRecords } from './fixtures';

/** What the API accepts (apps/api: ORGANIZATION_SORTABLE/FILTERS, DATASET_SORTABLE/FILTERS); it refuses the rest with a 400. */
const listRules: Record<string, { sortable: string[]; filterable: string[] }> = {
  organizations: { sortable: ['name', 'slug', 'kind', 'siren', 'createdAt', 'updatedAt'], filterable: ['q', 'id', 'kind', 'siren'] },
  datasets: {
    sortable: ['name', 'slug', 'schemaName', 'schemaVersion', 'createdAt', 'updatedAt'],
    filterable: ['q', 'id', 'organizationId', 'schemaName'],
  },
  submissions: {
    sortable: ['receivedAt', 'submittedAt', 'updatedAt', 'status', 'fileName', 'errorCount', 'warningCount'],
    filterable: ['id', 'status', 'datasetId', 'organizationId', 'q'],
  },
};

export interface FakeApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = (status: number, payload: unknown, headers: Record<string, string> = {}): FakeApiResponse => ({
  status,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(payload),
});

function matches(record: Record<string, unknown>, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([field, expected]) => {
    if (field === 'q') return JSON.stringify(record).toLowerCase().includes(String(expected).toLowerCase());
    if (Array.isArray(expected)) return expected.includes(record[field]);
    return record[field] === expected;
  });
}

/**
 * Answers like the API's simple-rest dialect (filter, sort, range query parameters, Content-Range header),
 * so the tests exercise ra-data-simple-rest as the browser will. Also records every URL asked for.
 */
export function createFakeSimpleRestApi() {
  const requests: string[] = [];
  function handle(method: string, rawUrl: string): FakeApiResponse {
    requests.push(`${method} ${rawUrl}`);
    const url = new URL(rawUrl, 'http://localhost');
    if (url.pathname === '/api/auth/config') return json(200, { mode: 'local', minPasswordLength: 12, keycloak: null });
    if (url.pathname.startsWith('/api/public/')) return handlePublicApi(url);
    const [, api, resource, id] = url.pathname.split('/');
    const records = api === 'api' ? fakeApiRecords[resource] : undefined;
    if (!records || method !== 'GET') return json(404, { message: `Ressource inconnue : ${url.pathname}` });
    if (id) {
      const record = records.find((candidate) => candidate.id === decodeURIComponent(id));
      return record ? json(200, record) : json(404, { message: `${resource}/${id} introuvable` });
    }
    const filter = JSON.parse(url.searchParams.get('filter') ?? '{}');
    const [sortField, sortOrder] = JSON.parse(url.searchParams.get('sort') ?? '["name","ASC"]');
    const rules = listRules[resource];
    if (!rules.sortable.includes(sortField)) return json(400, { message: `Tri impossible sur « ${sortField} »` });
    const unknownFilter = Object.keys(filter).find((key) => !rules.filterable.includes(key));
    if (unknownFilter) return json(400, { message: `Filtre inconnu : « ${unknownFilter} »` });
    const filtered = records
      .filter((record) => matches(record, filter))
      .sort((a, b) => String(a[sortField]).localeCompare(String(b[sortField]), 'fr') * (sortOrder === 'DESC' ? -1 : 1));
    const [start, end] = JSON.parse(url.searchParams.get('range') ?? `[0,${Math.max(filtered.length - 1, 0)}]`);
    const page = filtered.slice(start, end + 1);
    const last = page.length ? start + page.length - 1 : start;
    return json(200, page, {
      'Content-Range': `${resource} ${start}-${last}/${filtered.length}`,
      'Access-Control-Expose-Headers': 'Content-Range',
    });
  }
  return { handle, requests };
}
