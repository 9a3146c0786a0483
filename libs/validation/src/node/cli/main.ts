import { accessSync, constants, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import type { Mapping } from '../../mapping';
import { compileSchema, SchemaProblem } from '../../schema';
import { parseArguments, type Command } from './arguments';
import { assertReadableFile, defaultSchemaPath, readJson, readText } from './schema-files';
import { USAGE, UsageError } from './usage';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command line and returns the exit code: 0 valid, 1 invalid, 2 bad usage or unreadable input. */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  try {
    const command = parseArguments(argv);
    if (command.name === 'help') {
      output.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command.name === 'schema') return schemaDocument(command, output);
    return await validateCommand(command, output);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`maillage : ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
}

async function validateCommand(command: Extract<Command, { name: 'validate' }>, output: Output): Promise<number> {
  assertReadableFile(command.file, 'fichier à valider');
  try {
    accessSync(command.file, constants.R_OK);
  } catch {
    throw new UsageError(`Lecture du fichier refusée : ${command.file}`);
  }
  const schema = readJson(command.schema ?? defaultSchemaPath(), 'schéma') as object;
  assertValidSchema(schema);
  const mapping = command.mapping === undefined ? undefined : (readJson(command.mapping, 'fichier de correspondance') as Mapping);
  // Loaded here, not on top: the French checks read the territorial reference data, which `schema` does not need.
  const [{ frenchChecks }, { validateFile }, { summarizeText }] = await Promise.all([
    import('../../checks/french'),
    import('../validate-file'),
    import('../../summary'),
  ]);
  const report = await validateFile(command.file, {
    schema,
    mapping,
    locale: command.locale,
    maxErrors: command.maxErrors,
    checks: frenchChecks,
    read: { sheet: command.sheet, encoding: command.encoding, delimiter: command.delimiter },
  });
  output.stdout(command.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${summarizeText(report, command.locale)}\n`);
  return report.valid ? 0 : 1;
}

/** A broken schema is the caller's configuration, not the file's fault: bad usage, before reading the file. */
function assertValidSchema(schema: object): void {
  try {
    compileSchema(schema);
  } catch (error) {
    if (error instanceof SchemaProblem) throw new UsageError(`Schéma invalide : ${error.message}`);
    throw error;
  }
}

const DOCUMENTS = { doc: 'documentation.md', template: 'modele.csv' } as const;

/** The schema's documentation or CSV template, generated beside schema.json by tools/schema/generate.js. */
function schemaDocument(command: Extract<Command, { name: 'schema' }>, output: Output): number {
  const schemaPath = command.schema ?? defaultSchemaPath();
  const path = join(dirname(schemaPath), DOCUMENTS[command.document]);
  const text = readText(path, command.document === 'doc' ? 'documentation du schéma' : 'modèle CSV du schéma');
  if (command.output === undefined) output.stdout(text);
  else {
    writeFileSync(command.output, text);
    output.stderr(`${DOCUMENTS[command.document]} écrit dans ${command.output}\n`);
  }
  return 0;
}
