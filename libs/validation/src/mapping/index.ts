export type { Mapping, FieldMapping } from './types';
export { mapTable } from './apply';
export { suggestMapping } from './suggest';
export type { MappingSuggestion } from './suggest';
