// The example file is what producers copy: it must be valid, realistic and cover the three categories.
const fs = require('fs');
const path = require('path');
const Papa = require('papaparse');
const { checkExampleFacts, formatProblems, luhnValid } = require('./lib/example-facts');
const { DEFAULT_SCHEMAS_ROOT } = require('./generate');

const VERSION_DIRECTORY = path.join(DEFAULT_SCHEMAS_ROOT, 'sites-publics', '1.0.0');
const schema = JSON.parse(fs.readFileSync(path.join(VERSION_DIRECTORY, 'schema.json'), 'utf8'));
const exampleText = fs.readFileSync(path.join(VERSION_DIRECTORY, 'exemple-valide.csv'), 'utf8');

/** The example with one cell replaced, to show each check catches what it should. */
function withCell(id, column, value) {
  const { data } = Papa.parse(exampleText, { header: true, skipEmptyLines: true });
  const row = data.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`ligne ${id} absente de l'exemple`);
  row[column] = value;
  return Papa.unparse(data, { columns: schema.fields.map((field) => field.name), newline: '\n' });
}

const problemsOf = (text) => checkExampleFacts(text, schema).problems.map(({ column, message }) => ({ column, message }));

describe('exemple-valide.csv', () => {
  const { rows, problems, referenceDate } = checkExampleFacts(exampleText, schema);

  it('holds every fact the schema checks', () => {
    if (problems.length) throw new Error(formatProblems(problems));
    expect(referenceDate).toMatch(/^2026-/);
  });

  it('is UTF-8 without BOM, comma-separated, with the field names as header', () => {
    expect(exampleText.charCodeAt(0)).not.toBe(0xfeff);
    expect(exampleText.split('\n')[0]).toBe(schema.fields.map((field) => field.name).join(','));
  });

  it('has at least 50 rows over the three categories, with several types in each', () => {
    expect(rows.length).toBeGreaterThanOrEqual(50);
    for (const category of ['presence_etat', 'etablissement_public', 'point_de_contact']) {
      const types = new Set(rows.filter((row) => row.categorie === category).map((row) => row.type_site));
      expect({ category, types: types.size >= 5 }).toEqual({ category, types: true });
    }
  });

  it('spans several départements, Corsica and an overseas one included', () => {
    const departements = new Set(rows.map((row) => (row.code_insee.startsWith('97') ? row.code_insee.slice(0, 3) : row.code_insee.slice(0, 2))));
    expect(departements.size).toBeGreaterThanOrEqual(3);
    expect([...departements].some((code) => code.startsWith('2A') || code.startsWith('2B'))).toBe(true);
    expect([...departements].some((code) => code.startsWith('97'))).toBe(true);
  });

  it('shows every status, planned changes, parent sites, permanences, itinerant stops and SIRETs', () => {
    const statuses = new Set(rows.map((row) => row.statut));
    expect([...statuses].sort()).toEqual(['ferme', 'fermeture_prevue', 'ouvert', 'ouverture_prevue']);
    expect(rows.some((row) => row.statut === 'ouverture_prevue' && row.date_ouverture.startsWith('2027'))).toBe(true);
    expect(rows.some((row) => row.statut === 'fermeture_prevue' && row.date_fermeture.startsWith('2027'))).toBe(true);
    expect(rows.filter((row) => row.site_parent).length).toBeGreaterThanOrEqual(10);
    expect(rows.filter((row) => row.type_site === 'permanence').length).toBeGreaterThanOrEqual(3);
    expect(rows.some((row) => row.mode_accueil.split('|').includes('itinerant') && row.site_parent)).toBe(true);
    expect(rows.filter((row) => row.siret).every((row) => luhnValid(row.siret))).toBe(true);
    expect(rows.filter((row) => row.siret).length).toBeGreaterThanOrEqual(5);
  });
});

describe('checkExampleFacts catches', () => {
  it.each([
    ['a wrong SIRET key', 'fs-23-saint-vaury', 'siret', '21232470100019', 'siret', /clé de contrôle/],
    ['a commune that no longer exists', 'gend-23-bonnat', 'code_insee', '23999', 'code_insee', /n'est pas une commune actuelle/],
    ['a postal code of another commune', 'gend-23-bonnat', 'code_postal', '23000', 'code_postal', /ne dessert pas la commune 23025/],
    ['a point in the wrong territory', 'pref-974', 'latitude', '46.1', 'latitude', /hors du département 974/],
    ['a point in the next département', 'gend-23-bonnat', 'latitude', '45.267', 'latitude', /km hors du département 23/],
    ['unreadable opening hours', 'pref-23', 'horaires', 'du lundi au vendredi', 'horaires', /illisibles dans la syntaxe opening_hours/],
    ['ambiguous opening hours', 'pref-23', 'horaires', 'Mo-Fr 8-12', 'horaires', /horaires ambigus/],
    ['an invalid phone number', 'pref-23', 'telephone', '05 55 51', 'telephone', /numéro de téléphone/],
    ['a type outside its category', 'caf-23-gueret', 'categorie', 'presence_etat', 'categorie', /relève de la catégorie « etablissement_public »/],
    ['an open site closed in the past', 'pref-23', 'date_fermeture', '2020-01-01', 'statut', /statut « ouvert » avec une date de fermeture passée/],
    ['a planned opening without its date', 'mde-23-aubusson', 'date_ouverture', '', 'statut', /ouverture_prevue/],
    ['a parent that is not in the file', 'laposte-03989A', 'site_parent', 'laposte-inconnu', 'site_parent', /aucun site du fichier/],
    ['a value outside an enumeration', 'pref-23', 'type_site', 'mairie', 'type_site', /n'est pas une valeur autorisée/],
    ['a missing required value', 'pref-23', 'adresse', '', 'adresse', /obligatoire/],
  ])('%s', (_label, id, column, value, reportedColumn, message) => {
    expect(problemsOf(withCell(id, column, value))).toContainEqual({ column: reportedColumn, message: expect.stringMatching(message) });
  });

  it('a duplicated identifier', () => {
    expect(problemsOf(withCell('gend-23-bonnat', 'id', 'pref-23'))).toContainEqual({ column: 'id', message: expect.stringMatching(/déjà utilisé ligne 2/) });
  });

  it('a header that is not the schema', () => {
    expect(problemsOf(exampleText.replace(/^id,nom/, 'identifiant,nom'))).toEqual([{ column: null, message: expect.stringMatching(/l'en-tête doit être exactement/) }]);
  });
});
