import { maillageFr } from './messages.fr';

type Messages = { [key: string]: string | Messages };

function merge(base: Messages, override: Messages): Messages {
  const result: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return result;
}

/** English over the French texts: a key not translated yet shows in French rather than as a raw key. */
export const maillageEn = merge(maillageFr, {
  columnActions: 'Actions',
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
    ownDatasets: 'Your datasets',
    noOwnDataset: 'No dataset for your organisations yet: ask an administrator to create one.',
    nextSteps: 'Where to start',
    adminSteps: '1. Create the producing organisation. 2. Create its dataset. 3. Create a producer account attached to the organisation, and a reviewer account (Users → Create).',
    producerSteps: 'Open your dataset, then “Upload a file”: the file is checked in your browser before it is sent.',
    reviewerSteps: 'The review queue lists the submissions to examine, oldest first.',
  },
  login: {
    intro: 'Sign in to upload, review or administer the lists of sites.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    keycloak: 'Sign in with your organisation account',
    public: 'Browse a territory without signing in',
  },
  roles: { producer: 'Producer', reviewer: 'Reviewer', admin: 'Administrator' },
  tokens: { title: 'API tokens', create: 'Create token', revoke: 'Revoke', name: 'Token name', expiresAt: 'Expires on', lastUsedAt: 'Last used', neverUsed: 'never' },
  upload: {
    button: 'Upload a file',
    title: 'Upload a file — %{name}',
    drop: 'Drop your file here (CSV, Excel, JSON or GeoJSON)',
    choose: 'Choose a file',
    detected: 'What we read',
    encoding: 'Encoding',
    delimiter: 'Delimiter',
    header: 'Header',
    mappingTitle: 'Column mapping',
    check: 'Check before sending',
    send: 'Send the file',
    importMapping: 'Import a mapping (JSON)',
    saveMapping: 'Save the mapping for this dataset',
  },
  submission: { report: 'Report', rowsInError: 'Rows in error', diff: 'Changes from the published version', status: 'Status', fileName: 'File', errors: 'Errors', warnings: 'Warnings' },
  status: {
    received: 'received',
    validating: 'validating',
    valid: 'valid',
    invalid: 'invalid',
    errored: 'technical error',
    submitted: 'submitted for review',
    approved: 'approved, publication scheduled',
    published: 'published',
    changes_requested: 'changes requested',
    withdrawn: 'withdrawn',
  },

  review: { title: 'Review queue', submittedAt: 'Submitted on', sites: 'Sites', openings: 'Openings', closures: 'Closures', moves: 'Moves', removals: 'Removals to confirm' },
  sftp: { title: 'SFTP accounts', create: 'Create account', disable: 'Disable', username: 'SSH username', password: 'Password', publickey: 'SSH public key' },
  schema: { title: 'Schemas', templateCsv: 'CSV template', templateXlsx: 'Excel template', documentation: 'Schema documentation' },
  territory: {
    menu: 'Public pages',
    header: 'where public services are',
    title: 'Public services near you',
    intro: 'Search a commune, an intercommunality (EPCI), a département or a region.',
    search: 'Commune, EPCI, département or region',
    signIn: 'Producers’ area',
    openSites: 'open sites',
    per10000: 'sites per 10,000 inhabitants',
    mapTitle: 'Map of sites by category',
    years: 'Openings and closures per year',
    downloads: 'Open data',
    feed: 'Change feed (Atom)',
  },
});
