import type { ErrorDefinition } from '../core/contracts';

/**
 * One definition per error type, frictionless-py 5 style: the `type` and tags are frictionless's,
 * titles, descriptions, templates and hints are given in French and English.
 */
function define(type: string, tags: string[], texts: Omit<ErrorDefinition, 'type' | 'tags'>): ErrorDefinition {
  return { type, tags, ...texts };
}

const FILE = ['#file'];
const HEADER = ['#table', '#header'];
const LABEL = ['#table', '#header', '#label'];
const ROW = ['#table', '#row'];
const CELL = ['#table', '#row', '#cell'];

export const encodingError = define('encoding-error', FILE, {
  title: { fr: "Erreur d'encodage", en: 'Encoding Error' },
  description: { fr: "Le fichier n'a pas pu être décodé avec l'encodage détecté.", en: 'Data source could not be successfully decoded.' },
  template: { fr: "Le fichier n'a pas pu être décodé : {note}", en: 'The data source could not be successfully decoded: {note}' },
  hint: { fr: 'Enregistrez le fichier en UTF-8 (Excel : « CSV UTF-8 (délimité par des virgules) »).', en: 'Save the file as UTF-8.' },
});

export const formatError = define('format-error', FILE, {
  title: { fr: 'Erreur de format', en: 'Format Error' },
  description: { fr: "Le fichier n'a pas pu être lu dans le format attendu.", en: 'Data reading error because of incorrect format.' },
  template: { fr: "Le fichier n'a pas pu être lu : {note}", en: 'The data source could not be successfully parsed: {note}' },
  hint: { fr: 'Déposez un fichier CSV, XLSX ou JSON valide (ouvrez-le dans un tableur pour vérifier).', en: 'Upload a valid CSV, XLSX or JSON file.' },
});

export const sourceError = define('source-error', FILE, {
  title: { fr: 'Erreur de source', en: 'Source Error' },
  description: { fr: 'Le fichier est vide ou ne contient pas de tableau lisible.', en: 'Data reading error because of not supported or inconsistent contents.' },
  template: { fr: 'Le fichier ne peut pas être lu : {note}', en: 'The data source has not supported or has inconsistent contents: {note}' },
  hint: { fr: "Vérifiez que le fichier contient une ligne d'en-tête suivie des données.", en: 'Check that the file holds a header row followed by data.' },
});

export const schemeError = define('scheme-error', FILE, {
  title: { fr: "Erreur d'accès", en: 'Scheme Error' },
  description: { fr: "Le fichier n'a pas pu être ouvert.", en: 'Data reading error because of incorrect scheme.' },
  template: { fr: "Le fichier n'a pas pu être ouvert : {note}", en: 'The data source could not be successfully loaded: {note}' },
  hint: { fr: 'Déposez le fichier de nouveau.', en: 'Upload the file again.' },
});

export const schemaError = define('schema-error', ['#general'], {
  title: { fr: 'Erreur de schéma', en: 'Schema Error' },
  description: { fr: "Le schéma de données (Table Schema) n'est pas valide.", en: 'Provided schema is not valid.' },
  template: { fr: "Le schéma n'est pas valide : {note}", en: 'Schema is not valid: {note}' },
  hint: { fr: "Corrigez le schéma (c'est une erreur de configuration, pas de vos données).", en: 'Fix the schema (a configuration error, not a data error).' },
});

export const checkError = define('check-error', ['#general'], {
  title: { fr: 'Erreur de contrôle', en: 'Check Error' },
  description: { fr: "Un contrôle déclaré par le schéma n'a pas pu être exécuté.", en: 'Provided check is not valid.' },
  template: { fr: "Le contrôle n'a pas pu être exécuté : {note}", en: 'Check is not valid: {note}' },
  hint: { fr: "Signalez-le à l'équipe Maillage : le schéma déclare un contrôle inconnu.", en: 'Report it: the schema declares an unknown check.' },
});

export const mappingError = define('mapping-error', ['#general'], {
  title: { fr: 'Erreur de correspondance des colonnes', en: 'Mapping Error' },
  description: { fr: 'La correspondance entre les colonnes du fichier et les champs du schéma est incorrecte.', en: 'The mapping of file columns to schema fields is not valid.' },
  template: { fr: 'Correspondance des colonnes incorrecte : {note}', en: 'Mapping is not valid: {note}' },
  hint: { fr: 'Corrigez la correspondance : chaque colonne citée doit exister dans l\'en-tête du fichier.', en: 'Fix the mapping: every column it names must exist in the header.' },
});

export const blankHeader = define('blank-header', HEADER, {
  title: { fr: 'En-tête vide', en: 'Blank Header' },
  description: { fr: "La ligne d'en-tête est vide.", en: 'This header is empty. A header should contain at least one value.' },
  template: { fr: "La ligne d'en-tête est vide", en: 'Header is completely blank' },
  hint: { fr: 'Ajoutez en première ligne le nom de chaque colonne.', en: 'Put the name of every column on the first row.' },
});

export const unmatchedHeader = define('unmatched-header', HEADER, {
  title: { fr: 'En-tête sans rapport avec le schéma', en: 'Unmatched Header' },
  description: { fr: "Aucune colonne de l'en-tête ne porte le nom d'un champ du schéma.", en: 'None of the labels in the header matches a field of the schema.' },
  template: { fr: "Aucune colonne de l'en-tête ne correspond à un champ du schéma", en: 'None of the labels in the header matches a field of the schema' },
  hint: { fr: 'Vérifiez que le fichier est le bon, ou indiquez quelle colonne correspond à quel champ.', en: 'Check the file, or map its columns to the fields.' },
});

export const blankLabel = define('blank-label', LABEL, {
  title: { fr: 'Nom de colonne vide', en: 'Blank Label' },
  description: { fr: "Un nom de colonne de la ligne d'en-tête est vide.", en: 'A label in the header row is missing a value. Label should be provided and not be blank.' },
  template: { fr: "Le nom de la colonne en position {fieldNumber} est vide dans l'en-tête", en: 'Label in the header in field at position "{fieldNumber}" is blank' },
  hint: { fr: "Donnez un nom à chaque colonne de la première ligne (le nom du champ attendu par le schéma).", en: 'Name every column in the first row.' },
});

export const duplicateLabel = define('duplicate-label', LABEL, {
  title: { fr: 'Nom de colonne en double', en: 'Duplicate Label' },
  description: { fr: "Deux colonnes de l'en-tête portent le même nom.", en: 'Two columns in the header row have the same value. Column names should be unique.' },
  template: { fr: "La colonne « {label} » en position {fieldNumber} porte le même nom qu'une autre colonne ({note})", en: 'Label "{label}" in the header at position "{fieldNumber}" is duplicated to a label: {note}' },
  hint: { fr: 'Renommez ou supprimez la colonne en double : chaque nom de colonne doit être unique.', en: 'Rename or remove the duplicated column.' },
});

export const extraLabel = define('extra-label', LABEL, {
  title: { fr: 'Colonne en trop', en: 'Extra Label' },
  description: { fr: "L'en-tête contient une colonne que le schéma ne prévoit pas.", en: 'The header of the data source contains label that does not exist in the provided schema.' },
  template: { fr: "La colonne « {label} » en position {fieldNumber} n'est pas prévue par le schéma", en: 'There is an extra label "{label}" in header at position "{fieldNumber}"' },
  hint: { fr: 'Supprimez cette colonne, ou faites-la correspondre à un champ du schéma.', en: 'Remove this column or map it to a schema field.' },
});

export const missingLabel = define('missing-label', LABEL, {
  title: { fr: 'Colonne manquante', en: 'Missing Label' },
  description: { fr: "Une colonne prévue par le schéma est absente de l'en-tête.", en: "Based on the schema there should be a label that is missing in the data's header." },
  template: { fr: "La colonne « {fieldName} » (position {fieldNumber}) est absente de l'en-tête", en: 'There is a missing label in the header\'s field "{fieldName}" at position "{fieldNumber}"' },
  hint: { fr: 'Ajoutez la colonne attendue par le schéma, ou indiquez quelle colonne du fichier lui correspond.', en: 'Add the column or map a file column to it.' },
});

export const incorrectLabel = define('incorrect-label', LABEL, {
  title: { fr: 'Nom de colonne incorrect', en: 'Incorrect Label' },
  description: { fr: "Un nom de colonne ne correspond pas au nom du champ attendu à cette position.", en: 'One of the data source header does not match the field name defined in the schema.' },
  template: { fr: "La colonne « {label} » en position {fieldNumber} devrait s'appeler « {fieldName} »", en: 'Label "{label}" in field {fieldName} at position "{fieldNumber}" does not match the field name in the schema' },
  hint: { fr: 'Renommez la colonne comme le champ du schéma, ou indiquez la correspondance entre colonnes et champs.', en: 'Rename the column as the schema field, or map it.' },
});

export const blankRow = define('blank-row', ROW, {
  title: { fr: 'Ligne vide', en: 'Blank Row' },
  description: { fr: 'Cette ligne ne contient aucune valeur.', en: 'This row is empty. A row should contain at least one value.' },
  template: { fr: 'La ligne {rowNumber} est entièrement vide', en: 'Row at position "{rowNumber}" is completely blank' },
  hint: { fr: 'Supprimez les lignes vides.', en: 'Delete blank rows.' },
});

export const primaryKey = define('primary-key', ROW, {
  title: { fr: 'Identifiant en double', en: 'PrimaryKey Error' },
  description: { fr: 'Les valeurs de la clé primaire doivent être uniques et renseignées sur chaque ligne.', en: 'Values in the primary key fields should be unique for every row' },
  template: { fr: 'La ligne {rowNumber} ne respecte pas la clé primaire ({keyFields}) : {detail}', en: 'Row at position "{rowNumber}" violates the primary key: {note}' },
  hint: { fr: 'Donnez à chaque ligne un identifiant renseigné et différent de celui des autres lignes.', en: 'Give every row a distinct, non-empty identifier.' },
});

export const foreignKey = define('foreign-key', ROW, {
  title: { fr: 'Référence introuvable', en: 'ForeignKey Error' },
  description: { fr: 'Les valeurs de la clé étrangère doivent exister dans la table de référence.', en: 'Values in the foreign key fields should exist in the reference table' },
  template: { fr: 'La ligne {rowNumber} fait référence à une valeur absente : {detail}', en: 'Row at position "{rowNumber}" violates the foreign key: {note}' },
  hint: { fr: 'Vérifiez que la valeur référencée existe bien dans la colonne de référence.', en: 'Check that the referenced value exists.' },
});

export const extraCell = define('extra-cell', CELL, {
  title: { fr: 'Cellule en trop', en: 'Extra Cell' },
  description: { fr: "Cette ligne a plus de valeurs que l'en-tête n'a de colonnes.", en: 'This row has more values compared to the header row (the first row in the data source). A key concept is that all the rows in tabular data must have the same number of columns.' },
  template: { fr: 'La ligne {rowNumber} a une valeur en trop en position {fieldNumber} (« {cell} »)', en: 'Row at position "{rowNumber}" has an extra value in field at position "{fieldNumber}"' },
  hint: { fr: "Supprimez la valeur en trop ; un séparateur (« ; » ou « , ») dans une valeur doit être entouré de guillemets.", en: 'Remove the extra value; quote values that contain the delimiter.' },
});

export const missingCell = define('missing-cell', CELL, {
  title: { fr: 'Cellule manquante', en: 'Missing Cell' },
  description: { fr: "Cette ligne a moins de valeurs que l'en-tête n'a de colonnes.", en: 'This row has less values compared to the header row (the first row in the data source). A key concept is that all the rows in tabular data must have the same number of columns.' },
  template: { fr: 'La ligne {rowNumber} n\'a pas de valeur pour la colonne « {fieldName} » (position {fieldNumber})', en: 'Row at position "{rowNumber}" has a missing cell in field "{fieldName}" at position "{fieldNumber}"' },
  hint: { fr: 'Complétez la ligne pour qu\'elle ait autant de valeurs que l\'en-tête a de colonnes.', en: 'Complete the row so that it has as many values as the header.' },
});

export const typeError = define('type-error', CELL, {
  title: { fr: 'Valeur de type incorrect', en: 'Type Error' },
  description: { fr: 'La valeur ne correspond pas au type et au format attendus pour ce champ.', en: 'The value does not match the schema type and format for this field.' },
  template: { fr: 'Ligne {rowNumber}, colonne « {fieldName} » : la valeur « {cell} » n\'est pas {expected}', en: 'Type error in the cell "{cell}" in row "{rowNumber}" and field "{fieldName}" at position "{fieldNumber}": {note}' },
  hint: { fr: 'Écrivez les valeurs sous la forme attendue : {expected}.', en: 'Write the value in the expected format.' },
});

export const constraintError = define('constraint-error', CELL, {
  title: { fr: 'Contrainte non respectée', en: 'Constraint Error' },
  description: { fr: 'La valeur ne respecte pas une contrainte du champ.', en: 'A field value does not conform to a constraint.' },
  template: { fr: 'Ligne {rowNumber}, colonne « {fieldName} » : {problem}', en: 'The cell "{cell}" in row at position "{rowNumber}" and field "{fieldName}" at position "{fieldNumber}" does not conform to a constraint: {note}' },
  hint: { fr: 'Corrigez les valeurs pour qu\'elles respectent la règle : {expected}.', en: 'Fix the value so that it conforms to the constraint.' },
});

export const uniqueError = define('unique-error', CELL, {
  title: { fr: 'Valeur en double', en: 'Unique Error' },
  description: { fr: 'Ce champ doit avoir une valeur différente sur chaque ligne.', en: 'This field is a unique field but it contains a value that has been used in another row.' },
  template: { fr: 'Ligne {rowNumber}, colonne « {fieldName} » : la valeur « {cell} » est déjà utilisée à la ligne {match}', en: 'Row at position "{rowNumber}" has unique constraint violation in field "{fieldName}" at position "{fieldNumber}": {note}' },
  hint: { fr: 'Chaque valeur de cette colonne doit être unique : supprimez les doublons ou corrigez les valeurs.', en: 'Every value of this column must be unique.' },
});

export const BUILTIN_DEFINITIONS: ErrorDefinition[] = [
  encodingError, formatError, sourceError, schemeError, schemaError, checkError, mappingError,
  blankHeader, unmatchedHeader, blankLabel, duplicateLabel, extraLabel, missingLabel, incorrectLabel,
  blankRow, primaryKey, foreignKey, extraCell, missingCell, typeError, constraintError, uniqueError,
];

export const FILE_ERRORS: Record<string, ErrorDefinition> = {
  'encoding-error': encodingError,
  'format-error': formatError,
  'source-error': sourceError,
  'scheme-error': schemeError,
};
