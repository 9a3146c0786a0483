import type { Locale } from '../core/contracts';

/** What a type/format expects, in words a producer understands ("une date au format AAAA-MM-JJ"). */
export function describeType(type: string, format: string, locale: Locale, field: Record<string, any> = {}): string {
  return locale === 'en' ? describeTypeEn(type, format) : describeTypeFr(type, format, field);
}

function strptimeToHuman(format: string): string {
  return format
    .replace(/%Y/g, 'AAAA').replace(/%y/g, 'AA').replace(/%m/g, 'MM').replace(/%d/g, 'JJ')
    .replace(/%H/g, 'hh').replace(/%M/g, 'mm').replace(/%S/g, 'ss').replace(/%f/g, 'ffffff').replace(/%z/g, '±hhmm');
}

function describeTypeFr(type: string, format: string, field: Record<string, any>): string {
  const custom = format !== 'default' && format !== 'any';
  switch (type) {
    case 'string':
      if (format === 'email') return 'une adresse électronique valide (nom@domaine.fr)';
      if (format === 'uri') return 'une adresse web complète (commençant par https://)';
      if (format === 'uuid') return 'un identifiant UUID';
      if (format === 'binary') return 'un contenu encodé en base64';
      return 'un texte';
    case 'number': {
      const decimal = field.decimalChar ?? '.';
      return `un nombre (séparateur décimal « ${decimal} »${field.groupChar ? `, séparateur de milliers « ${field.groupChar} »` : ''})`;
    }
    case 'integer': return 'un nombre entier (sans zéro initial ni décimale)';
    case 'boolean': {
      const trueValues: string[] = field.trueValues ?? ['true', 'True', 'TRUE', '1'];
      const falseValues: string[] = field.falseValues ?? ['false', 'False', 'FALSE', '0'];
      return `un booléen (${[...trueValues, ...falseValues].map((v) => `« ${v} »`).join(', ')})`;
    }
    case 'date': return custom ? `une date au format ${strptimeToHuman(format)}` : format === 'any' ? 'une date' : 'une date au format AAAA-MM-JJ (par exemple 2024-03-31)';
    case 'time': return custom ? `une heure au format ${strptimeToHuman(format)}` : 'une heure au format hh:mm:ss';
    case 'datetime': return custom ? `une date et heure au format ${strptimeToHuman(format)}` : format === 'any' ? 'une date et heure' : 'une date et heure au format AAAA-MM-JJThh:mm:ss (par exemple 2024-03-31T14:30:00Z)';
    case 'year': return 'une année sur quatre chiffres';
    case 'yearmonth': return 'une année et un mois au format AAAA-MM';
    case 'duration': return 'une durée au format ISO 8601 (par exemple P1DT2H)';
    case 'geopoint':
      if (format === 'array') return 'un point géographique [longitude, latitude]';
      if (format === 'object') return 'un point géographique {"lon": …, "lat": …}';
      return 'un point géographique « longitude, latitude »';
    case 'geojson': return 'un objet GeoJSON';
    case 'object': return 'un objet JSON';
    case 'array': return 'une liste JSON ([…])';
    case 'list': return `une liste de valeurs séparées par « ${field.delimiter ?? ','} »`;
    default: return `une valeur de type ${type}`;
  }
}

function describeTypeEn(type: string, format: string): string {
  return `a value of type "${type}/${format}"`;
}

function listValues(values: unknown[]): string {
  const shown = values.slice(0, 12).map((value) => `« ${String(value)} »`).join(', ');
  return values.length > 12 ? `${shown}… (${values.length} valeurs)` : shown;
}

/** A constraint in words: "au plus 120 caractères", "valeurs autorisées : « a », « b »". */
export function describeConstraint(name: string, value: unknown, locale: Locale, type = 'string'): string {
  if (locale === 'en') return `constraint "${name}" is "${Array.isArray(value) ? value.join(', ') : String(value)}"`;
  const unit = type === 'string' ? 'caractère' : type === 'object' ? 'propriété' : 'élément';
  const plural = (count: unknown) => `${unit}${Number(count) > 1 ? 's' : ''}`;
  switch (name) {
    case 'required': return 'valeur obligatoire';
    case 'unique': return 'valeur unique';
    case 'minLength': return `au moins ${value} ${plural(value)}`;
    case 'maxLength': return `au plus ${value} ${plural(value)}`;
    case 'pattern': return `motif ${String(value)}`;
    case 'enum': return `valeurs autorisées : ${listValues(value as unknown[])}`;
    case 'minimum': return `supérieure ou égale à ${String(value)}`;
    case 'maximum': return `inférieure ou égale à ${String(value)}`;
    case 'exclusiveMinimum': return `strictement supérieure à ${String(value)}`;
    case 'exclusiveMaximum': return `strictement inférieure à ${String(value)}`;
    default: return `contrainte ${name} = ${String(value)}`;
  }
}

/** The French statement of a constraint error: an empty required cell reads differently from a wrong value. */
export function describeConstraintProblem(name: string, cell: string, expected: string, locale: Locale): string {
  if (locale === 'en') return expected;
  if (name === 'required') return 'valeur obligatoire manquante';
  return `la valeur « ${cell} » ne respecte pas la règle : ${expected}`;
}
