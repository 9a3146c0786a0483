import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

export const en: TranslationMessages = {
  ...englishMessages,
  maillage: {
    title: 'Maillage',
    dashboard: {
      title: 'Dashboard',
      intro:
        'Maillage gathers the lists of places where the French State and public services are physically present: counters, agencies, gendarmerie units, post offices, France services centres…',
      workflow:
        'Producers (ministries, operators) upload their files, read the validation report, fix and submit; ANCT reviews and approves; the consolidated result is published as open data, readable by territory.',
      counts: 'In figures',
      organizations: 'Producing organisations',
      datasets: 'Datasets',
      unavailable: 'unavailable',
    },
  },
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
  },
};
