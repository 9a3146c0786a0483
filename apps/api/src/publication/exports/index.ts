export { writeSitesCsv, type CsvExportOptions } from './csv-writer';
export { writeSitesGeoJson } from './geojson-writer';
export { writeSitesXlsx, type XlsxExportOptions } from './xlsx-writer';
export type { SiteSource } from './site-source';
