// What each custom check declared in `custom_checks` verifies, in French, for the documentation.
// A check without an explanation here stops the generation: the documentation must cover every check.
const code = (name) => `\`${name}\``;

const OPERATORS = { '>': 'strictement postérieure (ou supérieure) à', '>=': 'postérieure ou égale (ou supérieure ou égale) à', '<': 'strictement antérieure (ou inférieure) à', '<=': 'antérieure ou égale (ou inférieure ou égale) à', '==': 'égale à', '!=': 'différente de' };

const EXPLANATIONS = {
  'french-siret-value': (p) => `${code(p.column)} : le numéro SIRET a une clé de contrôle valide (algorithme de Luhn ; les établissements de La Poste suivent leur règle propre).`,
  'french-gps-coordinates': (p) => `${code(p.latitude_field)}, ${code(p.longitude_field)} : le point est situé en France (métropole, Corse ou outre-mer) ; une inversion latitude/longitude est signalée.`,
  'french-commune-code-value': (p) => `${code(p.column)} : le code est celui d'une commune existante du code officiel géographique en vigueur (ni commune déléguée, ni ancienne commune, ni arrondissement municipal).`,
  'french-postal-code-commune': (p) => `${code(p.postal_code_field)} et ${code(p.commune_code_field)} : le code postal dessert bien la commune (base officielle des codes postaux de La Poste).`,
  'coordinates-commune-consistency': (p) => `${code(p.latitude_field)}, ${code(p.longitude_field)} et ${code(p.commune_code_field)} : le point est cohérent avec la commune déclarée (au moins avec son département).`,
  'opening-hours-value': (p) => `${code(p.column)} : les horaires respectent la syntaxe OpenStreetMap \`opening_hours\` (jours fériés français pour \`PH\`).`,
  'phone-number-value': (p) => `${code(p.column)} : le numéro de téléphone est un numéro français valide (métropole ou outre-mer).`,
  'compare-columns-value': (p) => `${code(p.column)} est ${OPERATORS[p.op] || p.op} ${code(p.column2)} quand les deux sont renseignées.`,
  'cohesive-columns-value': (p) => `${[p.column, ...p.othercolumns].map(code).join(', ')} : ces colonnes sont renseignées ensemble ou laissées vides ensemble.`,
  'status-dates-coherence': (p) =>
    `${code(p.status_field)} est cohérent avec ${code(p.opening_date_field)} et ${code(p.closing_date_field)} à la date de validation : ` +
    '`ouvert` : pas de date d\'ouverture future ni de date de fermeture passée ; ' +
    '`ouverture_prevue` : date d\'ouverture obligatoire et future ; ' +
    '`fermeture_prevue` : date de fermeture obligatoire et future ; ' +
    '`ferme` : date de fermeture obligatoire et passée (ou du jour).',
  'type-category-coherence': (p) => `${code(p.type_field)} appartient à la catégorie déclarée dans ${code(p.category_field)}, selon la nomenclature des types de site (${Object.keys(p.types).length} types).`,
};

function explainCustomCheck(check) {
  const explain = EXPLANATIONS[check.name];
  if (!explain) throw new Error(`Contrôle « ${check.name} » sans explication dans tools/schema/lib/custom-checks-fr.js : ajoutez-la avant de générer la documentation.`);
  return explain(check.params || {});
}

module.exports = { explainCustomCheck, EXPLAINED_CHECKS: Object.keys(EXPLANATIONS) };
