import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { maillageEn } from './messages.en';

export const en: TranslationMessages = {
  ...englishMessages,
  maillage: maillageEn,
  resources: {
    organizations: {
      name: 'Organisation |||| Organisations',
      fields: { id: 'Identifier', name: 'Name', slug: 'Short name', siren: 'SIREN', kind: 'Type' },
      kinds: {
        ministere: 'Ministry',
        direction: 'Directorate',
        operateur: 'Operator',
        collectivite: 'Local authority',
        autre: 'Other',
      },
    },
    datasets: {
      name: 'Dataset |||| Datasets',
      fields: {
        id: 'Identifier',
        organizationId: 'Organisation',
        name: 'Name',
        slug: 'Short name',
        description: 'Description',
        schemaName: 'Schema',
        schemaVersion: 'Schema version',
      },
    },
    submissions: { name: 'Submission |||| Submissions' },
    users: {
      name: 'User |||| Users',
      fields: { username: 'Username', password: 'Password', roles: 'Roles', organizationIds: 'Organisations', active: 'Active', lastLoginAt: 'Last sign-in' },
    },
    'audit-events': { name: 'Audit log |||| Audit log' },
  },
};
