// The CSV outputs: the empty template producers fill in, and the site type nomenclature.
const { nomenclatureOf } = require('./schema-view');

// The template opens in a French Excel by double-click: `;` is the list separator of the French locale, the BOM
// makes Excel read UTF-8, CRLF is what Excel writes back. The validator detects delimiter and encoding anyway.
const TEMPLATE_DELIMITER = ';';
const BOM = '\uFEFF';

function csvCell(value, delimiter) {
  const text = value === undefined || value === null ? '' : String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderCsvTemplate(schema) {
  return BOM + schema.fields.map((field) => csvCell(field.name, TEMPLATE_DELIMITER)).join(TEMPLATE_DELIMITER) + '\r\n';
}

const NOMENCLATURE_COLUMNS = ['code', 'libelle', 'categorie', 'code_bpe', 'precision'];

/** Open-data style: UTF-8 without BOM, `,`, LF. Null when the schema carries no nomenclature. */
function renderNomenclatureCsv(schema) {
  const nomenclature = nomenclatureOf(schema);
  if (!nomenclature) return null;
  const lines = [NOMENCLATURE_COLUMNS.join(',')];
  for (const entry of nomenclature.entries) lines.push(NOMENCLATURE_COLUMNS.map((column) => csvCell(entry[column], ',')).join(','));
  return lines.join('\n') + '\n';
}

module.exports = { renderCsvTemplate, renderNomenclatureCsv, TEMPLATE_DELIMITER };
