// The published schema: valid Table Schema, schema.data.gouv.fr metadata, and the decisions other parts code against.
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const VERSION = '1.0.0';
const versionDirectory = path.resolve(__dirname, '..', VERSION);
const schema = JSON.parse(fs.readFileSync(path.join(versionDirectory, 'schema.json'), 'utf8'));
const specsDirectory = path.resolve(__dirname, '../../../../shared/specs');

const FIELD_ORDER = [
  'id', 'nom', 'categorie', 'type_site', 'responsable', 'siret', 'adresse', 'complement_adresse', 'code_postal', 'commune',
  'code_insee', 'latitude', 'longitude', 'telephone', 'courriel', 'site_web', 'horaires', 'mode_accueil', 'services_partenaires',
  'date_ouverture', 'date_fermeture', 'statut', 'etp', 'site_parent', 'date_maj',
];
const CHECK_NAMES = [
  'french-siret-value', 'french-gps-coordinates', 'french-commune-code-value', 'french-postal-code-commune', 'coordinates-commune-consistency',
  'opening-hours-value', 'phone-number-value', 'compare-columns-value', 'status-dates-coherence', 'type-category-coherence', 'cohesive-columns-value',
];
const FIELDS_MATCH_VALUES = ['exact', 'equal', 'subset', 'superset', 'partial'];
const LIST_ITEM_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'time'];

const field = (name) => schema.fields.find((candidate) => candidate.name === name);
const check = (name) => schema.custom_checks.find((candidate) => candidate.name === name);

function profileValidator(version) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(specsDirectory, `tableschema-${version}.json`), 'utf8')));
}

/** The v2 profile types fieldsMatch as an array and lacks the list type: both are checked by hand instead. */
function withoutProfileDefects(descriptor) {
  const { fieldsMatch: _fieldsMatch, ...rest } = descriptor;
  return { ...rest, fields: descriptor.fields.filter((candidate) => candidate.type !== 'list') };
}

const specsPresent = fs.existsSync(path.join(specsDirectory, 'tableschema-2.0.json'));
if (!specsPresent) console.warn(`Profils Table Schema absents (${specsDirectory}) : validation par les profils ignorée.`);
(specsPresent ? describe : describe.skip)('Table Schema profiles', () => {
  it.each(['1.0', '2.0'])('passes the official Table Schema %s profile', (version) => {
    const validate = profileValidator(version);
    const valid = validate(version === '2.0' ? withoutProfileDefects(schema) : schema);
    expect(validate.errors || []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a broken schema, so the profile check is not vacuous', () => {
    const validate = profileValidator('2.0');
    expect(validate(withoutProfileDefects({ ...schema, fields: [{ ...schema.fields[0], type: 'texte' }] }))).toBe(false);
  });
});

describe('hand checks for the two defects of the v2 profile', () => {
  it('declares fieldsMatch as a string of the specification', () => {
    expect(typeof schema.fieldsMatch).toBe('string');
    expect(FIELDS_MATCH_VALUES).toContain(schema.fieldsMatch);
  });

  it('gives every list field a valid item type and delimiter', () => {
    for (const listField of schema.fields.filter((candidate) => candidate.type === 'list')) {
      if (listField.itemType !== undefined) expect(LIST_ITEM_TYPES).toContain(listField.itemType);
      if (listField.delimiter !== undefined) expect(typeof listField.delimiter).toBe('string');
    }
  });
});

describe('schema.data.gouv.fr metadata', () => {
  it('carries the required and encouraged properties', () => {
    expect(schema.name).toBe('sites-publics');
    expect(schema.version).toBe(VERSION);
    for (const key of ['title', 'description', 'homepage', 'path']) expect(schema[key]).toEqual(expect.any(String));
    expect(schema.homepage).toMatch(/^https:\/\//);
    expect(schema.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(schema.lastModified >= schema.created).toBe(true);
    expect(schema.contributors.length).toBeGreaterThan(0);
    expect(schema.licenses[0]).toMatchObject({ name: 'etalab-2.0', path: expect.stringMatching(/^https:\/\//) });
  });

  it('lists resources that exist in the version folder', () => {
    expect(schema.resources.length).toBeGreaterThan(0);
    for (const resource of schema.resources) {
      expect(resource.title).toEqual(expect.any(String));
      expect(fs.existsSync(path.join(versionDirectory, path.basename(resource.path)))).toBe(true);
    }
  });
});

describe('fields', () => {
  it('keeps the decided names and order', () => {
    expect(schema.fields.map((candidate) => candidate.name)).toEqual(FIELD_ORDER);
  });

  it('gives every field a French title, description and example', () => {
    for (const candidate of schema.fields) {
      expect({ name: candidate.name, title: typeof candidate.title, description: typeof candidate.description, example: typeof candidate.example }).toEqual({
        name: candidate.name,
        title: 'string',
        description: 'string',
        example: 'string',
      });
      expect(candidate.description.length).toBeGreaterThan(20);
    }
  });

  it('has examples that satisfy their own field constraints', () => {
    for (const candidate of schema.fields) {
      const { enum: values, pattern, minimum, maximum } = candidate.constraints || {};
      if (values) expect(values).toContain(candidate.example);
      if (pattern) expect(candidate.example).toMatch(new RegExp(pattern));
      if (minimum !== undefined) expect(Number(candidate.example)).toBeGreaterThanOrEqual(minimum);
      if (maximum !== undefined) expect(Number(candidate.example)).toBeLessThanOrEqual(maximum);
    }
  });

  it('encodes reception modes as one or more modes joined by |, or sans_accueil alone', () => {
    const pattern = new RegExp(field('mode_accueil').constraints.pattern);
    for (const value of ['permanent', 'permanent|sur_rendez_vous|numerique', 'itinerant|numerique', 'sans_accueil']) expect(value).toMatch(pattern);
    for (const value of ['', 'permanent|', 'sans_accueil|permanent', 'Permanent', 'permanent,numerique']) expect(value).not.toMatch(pattern);
  });

  it('accepts INSEE commune codes of Corsica and overseas, rejects postal-like codes', () => {
    const pattern = new RegExp(field('code_insee').constraints.pattern);
    for (const value of ['01001', '2A004', '2B033', '97411', '97611', '23096']) expect(value).toMatch(pattern);
    for (const value of ['20000', '00100', '2C004', '98000', '9741', '974110']) expect(value).not.toMatch(pattern);
  });

  it('keeps identifiers and parent references in the same alphabet', () => {
    expect(field('site_parent').constraints.pattern).toBe(field('id').constraints.pattern);
    const pattern = new RegExp(field('id').constraints.pattern);
    expect('laposte-03984A').toMatch(pattern);
    expect('dgfip:sip/23.096_01').toMatch(pattern);
    expect('site à accent').not.toMatch(pattern);
    expect('x'.repeat(81)).not.toMatch(pattern);
  });
});

describe('keys', () => {
  it('uses the decided primary key, self reference, missing values and fieldsMatch', () => {
    expect(schema.primaryKey).toBe('id');
    expect(schema.foreignKeys).toEqual([{ fields: 'site_parent', reference: { resource: '', fields: 'id' } }]);
    expect(schema.missingValues).toEqual(['']);
    expect(schema.fieldsMatch).toBe('superset');
  });
});

describe('nomenclature of site types', () => {
  const typeField = field('type_site');
  const types = check('type-category-coherence').params.types;
  const categories = field('categorie').constraints.enum;

  it('has the same codes in the enum, the nomenclature and the type/category check', () => {
    const codes = typeField.nomenclature.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(typeField.constraints.enum).toEqual(codes);
    expect(Object.keys(types).sort()).toEqual([...codes].sort());
  });

  it('puts every type in one of the three categories, each category holding types', () => {
    for (const entry of typeField.nomenclature) {
      expect(types[entry.code]).toBe(entry.categorie);
      expect(categories).toContain(entry.categorie);
      expect(entry.libelle).toEqual(expect.any(String));
      expect(entry.code).toMatch(/^[a-z][a-z_]*[a-z]$/);
      expect(entry.code_bpe).toMatch(/^(?:[A-G]\d{3})?$/);
    }
    for (const category of categories) expect(Object.values(types)).toContain(category);
    expect(typeField.nomenclature.length).toBeGreaterThanOrEqual(25);
    expect(typeField.nomenclature.length).toBeLessThanOrEqual(40);
  });

  it('maps the BPE codes known for La Poste, France services and France Travail', () => {
    const bpe = Object.fromEntries(typeField.nomenclature.map((entry) => [entry.code, entry.code_bpe]));
    expect(bpe).toMatchObject({ bureau_de_poste: 'A206', agence_postale_communale: 'A208', france_services: 'A128', france_travail: 'A122', gendarmerie: 'A104', commissariat: 'A101' });
  });

  it('labels the three categories', () => {
    expect(field('categorie').categories.map((category) => category.value)).toEqual(categories);
  });
});

describe('custom checks', () => {
  const fieldNames = new Set(schema.fields.map((candidate) => candidate.name));

  it('declares the decided checks by name', () => {
    expect(schema.custom_checks.map((candidate) => candidate.name).sort()).toEqual([...CHECK_NAMES].sort());
  });

  it('names existing fields in every column parameter', () => {
    for (const { name, params } of schema.custom_checks) {
      for (const [key, value] of Object.entries(params)) {
        if (key === 'column' || key === 'column2' || key.endsWith('_field')) expect({ name, key, exists: fieldNames.has(value) }).toEqual({ name, key, exists: true });
        if (key === 'othercolumns') for (const other of value) expect({ name, key, exists: fieldNames.has(other) }).toEqual({ name, key, exists: true });
      }
    }
  });

  it('compares closing and opening dates with >=', () => {
    expect(check('compare-columns-value').params).toEqual({ column: 'date_fermeture', column2: 'date_ouverture', op: '>=' });
  });
});
