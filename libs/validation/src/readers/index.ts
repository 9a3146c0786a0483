export { openTable, type OpenTableOptions } from './open-table';
export { browserHasher } from './browser-hasher';
export { CsvParser, type LineTerminator } from './csv-parser';
