export * from './file-source';
export { nodeHasher } from './node-hasher';
export { openTable, type OpenTableOptions } from '../readers/open-table';
export * from '../core/contracts';
export { validateFile, type ValidateFileOptions } from './validate-file';
