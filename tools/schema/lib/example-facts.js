// Facts a valid example must hold beyond its syntax, checked from offline reference data: the same French checks
// the schema declares (SIRET key, current commune, postal code of the commune, coordinates in the commune's département,
// opening hours, phone number, type/category, status/dates), read against the parameters of `custom_checks`.
const Papa = require('papaparse');
const OpeningHours = require('opening_hours');
const { isValidPhoneNumber } = require('libphonenumber-js');
const codesPostaux = require('codes-postaux');
const communesData = require('@etalab/decoupage-administratif/data/communes.json');

const CURRENT_COMMUNES = new Map(communesData.filter((commune) => commune.type === 'commune-actuelle').map((commune) => [commune.code, commune]));

// Boxes around each département's post offices, from the territories library: no package ships commune contours.
const DEPARTEMENT_BOXES = require('../../../libs/territories/src/geography/departement-boxes.json');
/** Coastal sites lie just outside boxes drawn from post offices: a few kilometres of tolerance. */
const BOX_TOLERANCE_KM = 5;
const KM_PER_DEGREE = 111.2;

function departementOf(communeCode) {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

function kmOutsideBox(box, latitude, longitude) {
  const latitudeGap = Math.max(box.south - latitude, 0, latitude - box.north);
  const longitudeGap = Math.max(box.west - longitude, 0, longitude - box.east);
  return Math.hypot(latitudeGap * KM_PER_DEGREE, longitudeGap * KM_PER_DEGREE * Math.cos((latitude * Math.PI) / 180));
}

function luhnValid(digits) {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (text) => ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

function checkParams(schema, name) {
  const check = (schema.custom_checks || []).find((candidate) => candidate.name === name);
  return check ? check.params : null;
}

/** Table Schema constraints of one cell (required handled by the caller). */
function cellConstraintProblems(field, value) {
  const problems = [];
  const constraints = field.constraints || {};
  if (constraints.enum && !constraints.enum.includes(value)) problems.push(`« ${value} » n'est pas une valeur autorisée (${constraints.enum.join(', ')})`);
  if (constraints.pattern && !new RegExp(constraints.pattern).test(value)) problems.push(`« ${value} » ne respecte pas le motif ${constraints.pattern}`);
  if (field.type === 'number') {
    const number = Number(value);
    if (!/^-?\d+(\.\d+)?$/.test(value)) problems.push(`« ${value} » n'est pas un nombre décimal avec un point`);
    else {
      if (constraints.minimum !== undefined && number < constraints.minimum) problems.push(`${value} est inférieur au minimum ${constraints.minimum}`);
      if (constraints.maximum !== undefined && number > constraints.maximum) problems.push(`${value} est supérieur au maximum ${constraints.maximum}`);
    }
  }
  if (field.type === 'date' && !isIsoDate(value)) problems.push(`« ${value} » n'est pas une date AAAA-MM-JJ`);
  return problems;
}

function statusProblem(status, opening, closing, today) {
  switch (status) {
    case 'ouvert':
      if (opening && opening > today) return `statut « ouvert » avec une date d'ouverture future (${opening})`;
      if (closing && closing < today) return `statut « ouvert » avec une date de fermeture passée (${closing})`;
      return null;
    case 'ouverture_prevue':
      return !opening || opening <= today ? 'statut « ouverture_prevue » sans date d\'ouverture future' : null;
    case 'fermeture_prevue':
      return !closing || closing <= today ? 'statut « fermeture_prevue » sans date de fermeture future' : null;
    case 'ferme':
      return !closing || closing > today ? 'statut « ferme » sans date de fermeture passée ou du jour' : null;
    default:
      return null;
  }
}

/**
 * Checks an example CSV (`,`, header = field names) against the schema and the offline references.
 * `referenceDate` (AAAA-MM-JJ) plays "today" for statuses; by default the latest `date_maj` of the file,
 * so the example stays valid as published. Returns problems as { row, column, message } in French,
 * `row` being the line number in the file (header = 1).
 */
function checkExampleFacts(csvText, schema, { referenceDate } = {}) {
  const parsed = Papa.parse(csvText, { skipEmptyLines: true });
  const [header, ...records] = parsed.data;
  const problems = [];
  const report = (row, column, message) => problems.push({ row, column, message });
  const names = schema.fields.map((field) => field.name);
  if (!header || header.join(',') !== names.join(',')) {
    report(1, null, `l'en-tête doit être exactement : ${names.join(',')}`);
    return { rows: [], problems };
  }
  const rows = records.map((values) => Object.fromEntries(names.map((name, index) => [name, (values[index] || '').trim()])));
  records.forEach((values, index) => {
    if (values.length !== names.length) report(index + 2, null, `${values.length} cellules au lieu de ${names.length}`);
  });
  const today = referenceDate || rows.map((row) => row.date_maj).filter(isIsoDate).sort().pop();

  const siret = checkParams(schema, 'french-siret-value');
  const gps = checkParams(schema, 'french-gps-coordinates');
  const postal = checkParams(schema, 'french-postal-code-commune');
  const hours = checkParams(schema, 'opening-hours-value');
  const phone = checkParams(schema, 'phone-number-value');
  const typeCategory = checkParams(schema, 'type-category-coherence');
  const status = checkParams(schema, 'status-dates-coherence');
  const primaryKey = [].concat(schema.primaryKey || [])[0];
  const parentKey = (schema.foreignKeys || []).map((key) => [].concat(key.fields)[0])[0];
  const ids = new Map();

  rows.forEach((row, index) => {
    const line = index + 2;
    for (const field of schema.fields) {
      const value = row[field.name];
      if (value === '') {
        if (field.constraints && field.constraints.required) report(line, field.name, 'valeur obligatoire manquante');
        continue;
      }
      for (const message of cellConstraintProblems(field, value)) report(line, field.name, message);
    }
    if (primaryKey) {
      if (ids.has(row[primaryKey])) report(line, primaryKey, `identifiant « ${row[primaryKey]} » déjà utilisé ligne ${ids.get(row[primaryKey])}`);
      else ids.set(row[primaryKey], line);
    }
    if (siret && row[siret.column] && !luhnValid(row[siret.column])) report(line, siret.column, `clé de contrôle du SIRET ${row[siret.column]} invalide`);

    const communeCode = row[postal ? postal.commune_code_field : 'code_insee'];
    const commune = CURRENT_COMMUNES.get(communeCode);
    if (!commune) report(line, 'code_insee', `« ${communeCode} » n'est pas une commune actuelle du COG`);
    if (postal && commune) {
      const postalCode = row[postal.postal_code_field];
      if (!codesPostaux.find(postalCode).some((entry) => entry.codeCommune === communeCode)) {
        report(line, postal.postal_code_field, `le code postal ${postalCode} ne dessert pas la commune ${communeCode} (${commune.nom})`);
      }
    }
    if (gps && row[gps.latitude_field] && row[gps.longitude_field] && commune) {
      const departement = departementOf(communeCode);
      const box = DEPARTEMENT_BOXES[departement];
      const latitude = Number(row[gps.latitude_field]);
      const longitude = Number(row[gps.longitude_field]);
      const outside = box ? kmOutsideBox(box, latitude, longitude) : Infinity;
      if (!(outside <= BOX_TOLERANCE_KM)) {
        report(line, gps.latitude_field, `le point (${latitude}, ${longitude}) est à ${Math.round(outside)} km hors du département ${departement} de la commune ${communeCode}`);
      }
    }
    if (hours && row[hours.column]) {
      try {
        const parsedHours = new OpeningHours(row[hours.column], { lat: Number(row.latitude) || 46.5, lon: Number(row.longitude) || 2.5, address: { country_code: 'fr', state: '' } });
        const warnings = parsedHours.getWarnings();
        if (warnings.length) report(line, hours.column, `horaires ambigus : ${warnings.join(' ; ')}`);
      } catch (error) {
        report(line, hours.column, `horaires illisibles dans la syntaxe opening_hours : ${String(error).split('\n')[0]}`);
      }
    }
    if (phone && row[phone.column] && !isValidPhoneNumber(row[phone.column], 'FR')) report(line, phone.column, `« ${row[phone.column]} » n'est pas un numéro de téléphone valide`);
    if (typeCategory) {
      const expected = typeCategory.types[row[typeCategory.type_field]];
      if (expected && expected !== row[typeCategory.category_field]) {
        report(line, typeCategory.category_field, `le type « ${row[typeCategory.type_field]} » relève de la catégorie « ${expected} », pas « ${row[typeCategory.category_field]} »`);
      }
    }
    if (status) {
      const opening = row[status.opening_date_field];
      const closing = row[status.closing_date_field];
      if (opening && closing && closing < opening) report(line, status.closing_date_field, `fermeture (${closing}) avant ouverture (${opening})`);
      const problem = statusProblem(row[status.status_field], opening, closing, today);
      if (problem) report(line, status.status_field, `${problem} au ${today}`);
    }
  });

  if (parentKey && primaryKey) {
    rows.forEach((row, index) => {
      const parent = row[parentKey];
      if (!parent) return;
      if (parent === row[primaryKey]) report(index + 2, parentKey, 'un site ne peut pas être son propre site de rattachement');
      else if (!ids.has(parent)) report(index + 2, parentKey, `« ${parent} » n'est l'identifiant d'aucun site du fichier`);
    });
  }
  return { rows, problems, referenceDate: today };
}

function formatProblems(problems) {
  return problems.map(({ row, column, message }) => `ligne ${row}${column ? `, colonne ${column}` : ''} : ${message}`).join('\n');
}

module.exports = { checkExampleFacts, formatProblems, luhnValid };
