// documentation.md: the French page a producer reads, generated from schema.json alone.
const { explainCustomCheck } = require('./custom-checks-fr');
const { nomenclatureOf, typeLabel, constraintLabels, isRequired } = require('./schema-view');

/** Markdown table cells: pipes would split the cell, line breaks would end the row. */
const cell = (value) => String(value === undefined || value === null ? '' : value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (values) => `| ${values.map(cell).join(' | ')} |`;
const table = (headers, rows) => [row(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(row)].join('\n');

const FIELDS_MATCH = {
  exact: 'exactement les colonnes du schéma, dans le même ordre',
  equal: 'exactement les colonnes du schéma, dans un ordre quelconque',
  subset: 'toutes les colonnes du schéma, et éventuellement d\'autres',
  superset: 'uniquement des colonnes du schéma, mais pas forcément toutes : une colonne facultative peut être omise, une colonne inconnue est refusée ; les colonnes sont reconnues par leur nom, dans un ordre quelconque',
  partial: 'au moins une colonne du schéma',
};

function metadataSection(schema) {
  const contributors = (schema.contributors || []).map((c) => [c.title, c.organisation].filter(Boolean).join(', ')).join(' ; ');
  const licenses = (schema.licenses || []).map((l) => l.title || l.name).join(', ');
  return table(['Propriété', 'Valeur'], [
    ['Nom', `\`${schema.name}\``],
    ['Version', schema.version],
    ['Créé le', schema.created],
    ['Mis à jour le', schema.lastModified],
    ['Licence', licenses],
    ['Contributeurs', contributors],
    ['Dépôt', schema.homepage],
  ]);
}

/** The field whose categories are the ones the nomenclature's types belong to (`categorie`). */
function categoriesSection(schema, nomenclature) {
  if (!nomenclature) return null;
  const used = new Set(nomenclature.entries.map((entry) => entry.categorie));
  const categoryField = schema.fields.find((field) => Array.isArray(field.categories) && field.categories.every((category) => used.has(category.value)));
  if (!categoryField) return null;
  const lines = ['## Les trois catégories', '', categoryField.description, ''];
  for (const category of categoryField.categories) {
    const types = nomenclature.entries.filter((entry) => entry.categorie === category.value).map((entry) => `\`${entry.code}\``);
    lines.push(`- **${category.label}** (\`${category.value}\`) : ${types.join(', ')}.`);
  }
  return lines.join('\n');
}

function fieldsSection(schema) {
  const rows = schema.fields.map((field, index) => [
    index + 1,
    `\`${field.name}\``,
    field.title,
    typeLabel(field),
    isRequired(field) ? 'oui' : 'non',
    constraintLabels(field).join(' ; '),
    field.description,
    field.example === undefined ? '' : `\`${field.example}\``,
  ]);
  return ['## Colonnes', '', table(['#', 'Nom', 'Titre', 'Type', 'Obligatoire', 'Contraintes', 'Description', 'Exemple'], rows)].join('\n');
}

function nomenclatureSection(nomenclature) {
  if (!nomenclature) return null;
  const rows = nomenclature.entries.map((entry) => [`\`${entry.code}\``, entry.libelle, `\`${entry.categorie}\``, entry.code_bpe, entry.precision]);
  return [
    `## Nomenclature des types de site (\`${nomenclature.field.name}\`)`,
    '',
    "Le code BPE est le type d'équipement de la Base permanente des équipements de l'Insee correspondant, quand il existe : il permet de comparer les comptages avec ceux de l'Insee. La nomenclature est aussi publiée seule dans `nomenclature-types-site.csv`.",
    '',
    table(['Code', 'Libellé', 'Catégorie', 'Code BPE', 'Précision'], rows),
  ].join('\n');
}

function keysSection(schema) {
  const lines = ['## Structure du fichier', ''];
  if (schema.fieldsMatch) lines.push(`- **Colonnes attendues** (\`fieldsMatch: "${schema.fieldsMatch}"\`) : le fichier contient ${FIELDS_MATCH[schema.fieldsMatch] || schema.fieldsMatch}.`);
  if (schema.missingValues) lines.push(`- **Valeurs manquantes** : ${schema.missingValues.map((value) => (value === '' ? 'cellule vide' : `\`${value}\``)).join(', ')}.`);
  const primaryKey = [].concat(schema.primaryKey || []);
  if (primaryKey.length) lines.push(`- **Clé primaire** : ${primaryKey.map((name) => `\`${name}\``).join(', ')} (obligatoire et unique dans le fichier).`);
  for (const foreignKey of schema.foreignKeys || []) {
    const source = [].concat(foreignKey.fields).map((name) => `\`${name}\``).join(', ');
    const target = [].concat(foreignKey.reference.fields).map((name) => `\`${name}\``).join(', ');
    const resource = foreignKey.reference.resource ? `de la ressource \`${foreignKey.reference.resource}\`` : 'd\'une autre ligne du même fichier';
    lines.push(`- **Référence** : ${source}, quand il est renseigné, est la valeur de ${target} ${resource}.`);
  }
  return lines.join('\n');
}

function checksSection(schema) {
  if (!schema.custom_checks || schema.custom_checks.length === 0) return null;
  const lines = ['## Contrôles complémentaires', '', 'Au-delà des types et contraintes des colonnes, le validateur vérifie :', ''];
  for (const check of schema.custom_checks) lines.push(`- \`${check.name}\` — ${explainCustomCheck(check)}`);
  return lines.join('\n');
}

function filesSection(schema, hasNomenclature) {
  const lines = [
    '## Fichiers',
    '',
    '- `schema.json` : le schéma (Table Schema).',
    '- `modele.csv` : modèle vide, séparateur `;`, UTF-8 avec BOM (s\'ouvre directement dans Excel).',
    '- `modele.xlsx` : modèle Excel avec listes déroulantes, onglet « Colonnes » expliquant chaque colonne et onglet « Nomenclatures ».',
  ];
  if (hasNomenclature) lines.push('- `nomenclature-types-site.csv` : nomenclature des types de site.');
  for (const resource of schema.resources || []) lines.push(`- \`${resource.path.split('/').pop()}\` : ${resource.title}.`);
  return lines.join('\n');
}

function renderDocumentation(schema) {
  const nomenclature = nomenclatureOf(schema);
  const sections = [
    `# ${schema.title}`,
    '> Page générée à partir de `schema.json` par `tools/schema/generate.js` : ne pas la modifier à la main.',
    schema.description,
    metadataSection(schema),
    categoriesSection(schema, nomenclature),
    fieldsSection(schema),
    nomenclatureSection(nomenclature),
    keysSection(schema),
    checksSection(schema),
    filesSection(schema, Boolean(nomenclature)),
  ];
  return sections.filter(Boolean).join('\n\n') + '\n';
}

module.exports = { renderDocumentation };
