export * from './file-source';
export { nodeHasher } from './node-hasher';
export { openTable, type OpenTableOptions } from '../readers';
export * from '../core/contracts';
