/** Records shaped like the API's answers, shared by the jsdom and browser tests. */
export const organizations = [
  { id: 'b1f4c2de-0001-4000-8000-000000000001', name: 'La Poste', slug: 'demo-poste', siren: '356000000', kind: 'operateur' },
  {
    id: 'b1f4c2de-0002-4000-8000-000000000002',
    name: 'Agence nationale de la cohésion des territoires',
    slug: 'demo-anct',
    siren: '130026032',
    kind: 'operateur',
  },
  {
    id: 'b1f4c2de-0003-4000-8000-000000000003',
    name: 'Direction générale des Finances publiques',
    slug: 'dgfip',
    siren: '110020013',
    kind: 'direction',
  },
];

export const datasets = [
  {
    id: 'd7a0e9aa-0001-4000-8000-000000000001',
    organizationId: organizations[1].id,
    name: 'Espaces France services',
    slug: 'france-services',
    description: 'Liste des espaces France services labellisés.',
    schemaName: 'sites-publics',
    schemaVersion: '1.0.0',
  },
  {
    id: 'd7a0e9aa-0002-4000-8000-000000000002',
    organizationId: organizations[0].id,
    name: 'Bureaux de poste',
    slug: 'bureaux-de-poste',
    description: 'Bureaux, agences postales communales et relais poste.',
    schemaName: 'sites-publics',
    schemaVersion: '1.0.0',
  },
];

export const fakeApiRecords: Record<string, Array<Record<string, unknown>>> = { organizations, datasets, submissions: [] };
