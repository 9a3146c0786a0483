// modele.xlsx: sheet « Sites » to fill in (drop-down lists on coded columns, text format where leading zeros matter),
// sheet « Colonnes » explaining each column, sheet « Nomenclatures » holding the lists the drop-downs point to
// (an inline list is limited to 255 characters, too short for the site types).
const ExcelJS = require('exceljs');
const { nomenclatureOf, typeLabel, constraintLabels, isRequired } = require('./schema-view');

const SHEETS = { sites: 'Sites', columns: 'Colonnes', lists: 'Nomenclatures' };
/** Rows of the « Sites » sheet that carry validations and formats. */
const TEMPLATE_ROWS = 1000;
/** Multi-valued columns (`a|b`): the list suggests single values, other input stays allowed. */
const SUGGESTION_PATTERN = /^\^\(([a-z_]+)\|\(([a-z_|]+)\)/;

function columnLetter(index) {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** Values offered in a drop-down: an enum, or the alternatives of a `a|b`-list pattern such as mode_accueil's. */
function listValues(field) {
  const constraints = field.constraints || {};
  if (constraints.enum) return { values: constraints.enum, strict: true };
  const match = constraints.pattern && SUGGESTION_PATTERN.exec(constraints.pattern);
  if (match) return { values: [...match[2].split('|'), match[1]], strict: false };
  return null;
}

function listRows(schema) {
  const nomenclature = nomenclatureOf(schema);
  return schema.fields
    .map((field) => ({ field, list: listValues(field) }))
    .filter(({ list }) => list)
    .map(({ field, list }) => {
      const labels = nomenclature && nomenclature.field === field ? new Map(nomenclature.entries.map((entry) => [entry.code, entry])) : null;
      const categories = new Map((field.categories || []).map((category) => [category.value, category.label]));
      return { field, ...list, labelOf: (value) => (labels && labels.has(value) ? labels.get(value).libelle : categories.get(value) || '') };
    });
}

/** Where each list goes on the « Nomenclatures » sheet: value column, label column, then for the nomenclature its category and BPE code. */
function layoutLists(lists, nomenclature) {
  const layout = [];
  let column = 0;
  for (const list of lists) {
    const extras = nomenclature && nomenclature.field === list.field ? [['categorie', 'categorie'], ['code BPE', 'code_bpe']] : [];
    const letter = columnLetter(column);
    layout.push({ list, column, extras, range: `'${SHEETS.lists}'!$${letter}$2:$${letter}$${list.values.length + 1}` });
    column += 2 + extras.length + 1;
  }
  return layout;
}

function addListsSheet(workbook, layout, nomenclature) {
  const sheet = workbook.addWorksheet(SHEETS.lists);
  const entryOf = (code) => (nomenclature ? nomenclature.entries.find((entry) => entry.code === code) : null);
  for (const { list, column, extras } of layout) {
    const headers = [list.field.name, 'libellé', ...extras.map(([title]) => title)];
    headers.forEach((title, offset) => {
      sheet.getCell(1, column + 1 + offset).value = title;
      sheet.getColumn(column + 1 + offset).width = offset === 1 ? 45 : 24;
    });
    list.values.forEach((value, index) => {
      const rowNumber = index + 2;
      sheet.getCell(rowNumber, column + 1).value = value;
      sheet.getCell(rowNumber, column + 2).value = list.labelOf(value);
      extras.forEach(([, key], offset) => {
        const entry = entryOf(value);
        sheet.getCell(rowNumber, column + 3 + offset).value = entry ? entry[key] : '';
      });
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function validationFor(field, listRange, list) {
  const title = field.title.slice(0, 32);
  if (listRange) {
    return {
      type: 'list',
      allowBlank: !isRequired(field),
      formulae: [listRange],
      showErrorMessage: list.strict,
      errorStyle: 'stop',
      errorTitle: title,
      error: `Choisissez une valeur de la liste (onglet « ${SHEETS.lists} »).`,
      showInputMessage: true,
      promptTitle: title,
      prompt: list.strict ? 'Choisissez dans la liste.' : 'Une ou plusieurs valeurs séparées par |',
    };
  }
  const constraints = field.constraints || {};
  if (field.type === 'number' && (constraints.minimum !== undefined || constraints.maximum !== undefined)) {
    const minimum = constraints.minimum !== undefined ? constraints.minimum : -1e15;
    const maximum = constraints.maximum !== undefined ? constraints.maximum : 1e15;
    return {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [minimum, maximum],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: title,
      error: `Nombre attendu entre ${minimum} et ${maximum}, séparateur décimal de votre Excel.`,
    };
  }
  return null;
}

/** Excel number formats: text keeps the leading zeros of codes, dates are written as AAAA-MM-JJ. */
function numberFormatFor(field) {
  if (field.type === 'date') return 'yyyy-mm-dd';
  if (field.type === 'string') return '@';
  return null;
}

function addSitesSheet(workbook, schema, ranges, lists) {
  const sheet = workbook.addWorksheet(SHEETS.sites);
  sheet.columns = schema.fields.map((field) => ({ header: field.name, key: field.name, width: Math.max(14, Math.min(40, field.name.length + 6)) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell, columnNumber) => {
    const required = isRequired(schema.fields[columnNumber - 1]);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: required ? 'FFFFE699' : 'FFDDEBF7' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  schema.fields.forEach((field, index) => {
    const letter = columnLetter(index);
    const list = lists.find((candidate) => candidate.field === field);
    const validation = validationFor(field, ranges.get(field.name), list);
    if (validation) sheet.dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, validation);
    // A column style reaches every empty cell of the column, the ones the producer types into.
    const numberFormat = numberFormatFor(field);
    if (numberFormat) sheet.getColumn(index + 1).numFmt = numberFormat;
  });
}

function addColumnsSheet(workbook, schema) {
  const sheet = workbook.addWorksheet(SHEETS.columns);
  sheet.columns = [
    { header: 'Colonne', key: 'name', width: 22 },
    { header: 'Titre', key: 'title', width: 32 },
    { header: 'Obligatoire', key: 'required', width: 12 },
    { header: 'Type', key: 'type', width: 22 },
    { header: 'Valeurs ou format attendus', key: 'constraints', width: 50 },
    { header: 'Description', key: 'description', width: 90 },
    { header: 'Exemple', key: 'example', width: 36 },
  ];
  for (const field of schema.fields) {
    sheet.addRow({
      name: field.name,
      title: field.title,
      required: isRequired(field) ? 'oui' : 'non',
      type: typeLabel(field),
      constraints: constraintLabels(field).join(' ; ').replace(/`/g, ''),
      description: field.description.replace(/`/g, ''),
      example: field.example === undefined ? '' : String(field.example),
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
}

function buildTemplateWorkbook(schema) {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${schema.lastModified || schema.created}T00:00:00Z`);
  Object.assign(workbook, { creator: 'Maillage', lastModifiedBy: 'Maillage', created: date, modified: date, title: `${schema.title} — modèle ${schema.version}` });
  const nomenclature = nomenclatureOf(schema);
  const lists = listRows(schema);
  const layout = layoutLists(lists, nomenclature);
  const ranges = new Map(layout.map(({ list, range }) => [list.field.name, range]));
  addSitesSheet(workbook, schema, ranges, lists);
  addColumnsSheet(workbook, schema);
  addListsSheet(workbook, layout, nomenclature);
  return workbook;
}

module.exports = { buildTemplateWorkbook, SHEETS, TEMPLATE_ROWS, columnLetter };
