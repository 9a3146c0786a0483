/** Public, browser-safe API of the validation engine. Node helpers live in '@maillage/validation/node'. */
export * from './core/contracts';
export { validate, sourceFailureReport, DEFAULT_MAX_ERRORS } from './engine';
export type { ValidateOptions } from './engine';
export type { Report, ReportTask, TaskStats, EngineReportError } from './report';
export { summarize, summarizeText } from './summary';
export type { Summary, SummaryItem } from './summary';
export { suggestMapping, mapTable } from './mapping';
export type { Mapping, FieldMapping, MappingSuggestion } from './mapping';
export { BUILTIN_DEFINITIONS, registerDefinitions, findDefinition } from './errors';
export { compileSchema, SchemaProblem } from './schema';
export type { TableSchemaDescriptor, FieldDescriptor } from './schema';
export { HashIndex } from './hashing';
export { builtinChecks } from './checks/builtin';
export { openTable, browserHasher } from './readers';
export type { OpenTableOptions } from './readers';
export { frenchChecks } from './checks/french';
