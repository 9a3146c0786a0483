export * from './descriptor';
export { compileSchema, SchemaProblem } from './compile';
export type { CompiledField, CompiledSchema, CompiledForeignKey } from './compile';
