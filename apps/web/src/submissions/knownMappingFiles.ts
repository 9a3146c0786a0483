import type { Mapping } from '@maillage/validation';
import type { KnownMapping } from './knownMappings';

/** The mappings kept in the repository for known producers' exports (schemas/sites-publics/1.0.0/mappings/). */
const files = import.meta.glob<Mapping>('@maillage-schemas/sites-publics/1.0.0/mappings/*.mapping.json', { eager: true, import: 'default' });

export const KNOWN_MAPPINGS: KnownMapping[] = Object.entries(files).map(([file, mapping]) => ({
  name: file.replace(/^.*\//, '').replace('.mapping.json', ''),
  mapping,
}));
