import simpleRestProvider from 'ra-data-simple-rest';
import type { CreateParams, DataProvider, UpdateParams } from 'react-admin';
import { httpClient } from './api/http';

// Relative URL: the API serves this app, and Vite's dev server proxies /api to it.
const base = simpleRestProvider('/api', httpClient);

/** Fields each resource accepts on write: the API drops unknown ones, but sending less keeps audit details readable. */
const WRITABLE: Record<string, string[]> = {
  organizations: ['name', 'slug', 'siren', 'kind'],
  datasets: ['name', 'slug', 'description', 'schemaName', 'schemaVersion'],
  users: ['username', 'password', 'roles', 'organizationIds', 'active'],
};

function writable(resource: string, data: Record<string, unknown>): Record<string, unknown> {
  const fields = WRITABLE[resource];
  if (!fields) return data;
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => fields.includes(key) && value !== undefined && value !== ''));
}

export const dataProvider: DataProvider = {
  ...base,
  async create(resource: string, params: CreateParams) {
    if (resource === 'datasets') {
      // Datasets are created under their organisation: POST /api/organizations/{id}/datasets.
      const { organizationId, ...rest } = params.data as Record<string, unknown>;
      const { json } = await httpClient(`/api/organizations/${organizationId}/datasets`, { method: 'POST', body: JSON.stringify(writable(resource, rest)) });
      return { data: json };
    }
    return base.create(resource, { ...params, data: writable(resource, params.data) });
  },
  async update(resource: string, params: UpdateParams) {
    return base.update(resource, { ...params, data: writable(resource, params.data) });
  },
};
