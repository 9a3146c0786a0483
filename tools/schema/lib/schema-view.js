// Read-only helpers over a Table Schema descriptor, shared by the documentation and the templates.
function fieldByName(schema, name) {
  return schema.fields.find((field) => field.name === name);
}

/** The site type nomenclature, carried by the field that declares a `nomenclature` property. */
function nomenclatureOf(schema) {
  const field = schema.fields.find((candidate) => Array.isArray(candidate.nomenclature));
  return field ? { field, entries: field.nomenclature } : null;
}

const TYPE_LABELS = {
  string: 'texte',
  number: 'nombre décimal',
  integer: 'nombre entier',
  boolean: 'booléen',
  date: 'date (AAAA-MM-JJ)',
  datetime: 'date et heure (ISO 8601)',
  time: 'heure',
  year: 'année',
  list: 'liste',
};

const FORMAT_LABELS = { email: 'adresse électronique', uri: 'URL' };

function typeLabel(field) {
  const base = TYPE_LABELS[field.type] || field.type;
  return field.format && FORMAT_LABELS[field.format] ? `${base}, ${FORMAT_LABELS[field.format]}` : base;
}

/** Constraints other than `required`, in French, one string per constraint. */
function constraintLabels(field) {
  const constraints = field.constraints || {};
  const labels = [];
  if (constraints.unique) labels.push('valeur unique');
  if (constraints.enum) labels.push(`valeurs : ${constraints.enum.map((value) => `\`${value}\``).join(', ')}`);
  if (constraints.pattern) labels.push(`motif : \`${constraints.pattern}\``);
  if (constraints.minimum !== undefined) labels.push(`minimum : ${constraints.minimum}`);
  if (constraints.maximum !== undefined) labels.push(`maximum : ${constraints.maximum}`);
  if (constraints.minLength !== undefined) labels.push(`longueur minimale : ${constraints.minLength}`);
  if (constraints.maxLength !== undefined) labels.push(`longueur maximale : ${constraints.maxLength}`);
  return labels;
}

function isRequired(field) {
  return Boolean(field.constraints && field.constraints.required);
}

module.exports = { fieldByName, nomenclatureOf, typeLabel, constraintLabels, isRequired };
