import type { ErrorDefinition } from '../core/contracts';
import { BUILTIN_DEFINITIONS } from './definitions';

/** Every definition seen (built-in and custom checks'), so a report can be summarised with its hints later. */
const registry = new Map<string, ErrorDefinition>(BUILTIN_DEFINITIONS.map((definition) => [definition.type, definition]));

export function registerDefinitions(definitions: ErrorDefinition[]): void {
  for (const definition of definitions) registry.set(definition.type, definition);
}

export function findDefinition(type: string): ErrorDefinition | undefined {
  return registry.get(type);
}
