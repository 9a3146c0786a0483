import type { Locale } from '../../core/contracts';
import { UsageError } from './usage';

export type Command =
  | { name: 'help' }
  | {
      name: 'validate';
      file: string;
      schema?: string;
      mapping?: string;
      format: 'text' | 'json';
      locale: Locale;
      maxErrors?: number;
      sheet?: string;
      encoding?: string;
      delimiter?: string;
    }
  | { name: 'schema'; document: 'doc' | 'template'; schema?: string; output?: string };

const VALIDATE_OPTIONS = ['schema', 'mapping', 'format', 'locale', 'max-errors', 'sheet', 'encoding', 'delimiter'];
const SCHEMA_OPTIONS = ['schema', 'output'];

export function parseArguments(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('Aucune commande : indiquez « validate » ou « schema ».');
  if (command === '--help' || command === '-h' || command === 'help') return { name: 'help' };
  if (command === 'validate') return validateCommand(rest);
  if (command === 'schema') return schemaCommand(rest);
  throw new UsageError(`Commande inconnue « ${command} » : indiquez « validate » ou « schema ».`);
}

function validateCommand(argv: string[]): Command {
  const { positional, options } = split(argv, VALIDATE_OPTIONS);
  if (positional.length !== 1) throw new UsageError('Indiquez un et un seul fichier à valider : maillage validate <fichier>.');
  const format = options['format'] ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format vaut « text » ou « json », pas « ${format} ».`);
  const locale = options['locale'] ?? 'fr';
  if (locale !== 'fr' && locale !== 'en') throw new UsageError(`--locale vaut « fr » ou « en », pas « ${locale} ».`);
  return {
    name: 'validate',
    file: positional[0],
    schema: options['schema'],
    mapping: options['mapping'],
    format,
    locale,
    maxErrors: options['max-errors'] === undefined ? undefined : positiveInteger(options['max-errors']),
    sheet: options['sheet'],
    encoding: options['encoding'],
    delimiter: options['delimiter'] === 'tab' ? '\t' : options['delimiter'],
  };
}

function schemaCommand(argv: string[]): Command {
  const { positional, options } = split(argv, SCHEMA_OPTIONS);
  const [document] = positional;
  if (positional.length !== 1 || (document !== 'doc' && document !== 'template')) {
    throw new UsageError('Indiquez « doc » (documentation) ou « template » (modèle CSV) : maillage schema doc|template.');
  }
  return { name: 'schema', document, schema: options['schema'], output: options['output'] };
}

/** `--name value` and `--name=value`; every option takes a value. */
function split(argv: string[], known: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const [name, inlineValue] = argument.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name)) throw new UsageError(`Option inconnue « --${name} ».`);
    const value = inlineValue ?? argv[++index];
    if (value === undefined) throw new UsageError(`L'option --${name} attend une valeur.`);
    options[name] = value;
  }
  return { positional, options };
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--max-errors attend un entier positif, pas « ${text} ».`);
  return value;
}
