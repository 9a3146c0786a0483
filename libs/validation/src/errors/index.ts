export * from './definitions';
export { registerDefinitions, findDefinition } from './registry';
