import { SourceError, type SourceFormat, type SourceStats, type TableSource } from '../core/contracts';
import { batchesOf } from './rows';

type JsonObject = Record<string, unknown>;

/**
 * A JSON array of objects (one row per object, labels = every key in first-seen order) or a GeoJSON
 * FeatureCollection of points (the properties, plus longitude and latitude from the geometry).
 * Row 1 is the header the labels stand for, so the object at index i is row i + 2.
 */
export function openJson(name: string, text: string, requested: SourceFormat, encoding: string, stats: SourceStats): TableSource {
  const document = parseJson(text);
  const isFeatureCollection = isObject(document) && document['type'] === 'FeatureCollection';
  if (requested === 'geojson' && !isFeatureCollection) {
    throw new SourceError('format-error', 'Le fichier GeoJSON doit être une « FeatureCollection » (objet avec "type": "FeatureCollection" et "features").');
  }
  const format: SourceFormat = isFeatureCollection ? 'geojson' : 'json';
  const objects = isFeatureCollection ? featuresAsObjects(document) : arrayOfObjects(document);
  const labels = collectLabels(objects);
  if (labels.length === 0) throw new SourceError('source-error', 'Le fichier ne contient aucune donnée : aucun objet avec des propriétés.');
  const rows = objects.map((object) => labels.map((label) => lexicalJson(object[label])));
  return { name, labels, detected: { format, encoding }, batches: () => batchesOf(rows, 2), stats: () => stats };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    const position = /position (\d+)/.exec(detail);
    const where = position ? ` ${placeOf(text, Number(position[1]))}` : '';
    const shortDetail = detail.length > 200 ? `${detail.slice(0, 200)}…` : detail;
    throw new SourceError(
      'format-error',
      `Le fichier JSON est mal formé${where} : vérifiez les virgules, les guillemets, les crochets et les accolades (détail : ${shortDetail}).`,
    );
  }
}

function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `(ligne ${line}, colonne ${column})`;
}

function arrayOfObjects(document: unknown): JsonObject[] {
  if (!Array.isArray(document)) {
    throw new SourceError('format-error', 'Le fichier JSON doit contenir un tableau d\'objets ([{...}, {...}]), un objet par site, ou une FeatureCollection GeoJSON.');
  }
  document.forEach((item, index) => {
    if (!isObject(item)) {
      throw new SourceError('format-error', `L'élément n° ${index + 1} du tableau JSON (ligne ${index + 2}) n'est pas un objet : chaque site doit être un objet {"champ": valeur}.`);
    }
  });
  return document as JsonObject[];
}

function featuresAsObjects(collection: JsonObject): JsonObject[] {
  const features = collection['features'];
  if (!Array.isArray(features)) throw new SourceError('format-error', 'La FeatureCollection GeoJSON n\'a pas de tableau « features ».');
  return features.map((feature, index) => {
    const where = `L'entité n° ${index + 1} (ligne ${index + 2}) de la FeatureCollection`;
    if (!isObject(feature)) throw new SourceError('format-error', `${where} n'est pas un objet GeoJSON « Feature ».`);
    const properties = isObject(feature['properties']) ? feature['properties'] : {};
    const geometry = feature['geometry'];
    if (geometry === null || geometry === undefined) return { ...properties };
    if (!isObject(geometry) || geometry['type'] !== 'Point') {
      const type = isObject(geometry) ? String(geometry['type']) : typeof geometry;
      throw new SourceError('format-error', `${where} a une géométrie « ${type} » : seuls les points (« Point ») sont acceptés, un site par point.`);
    }
    const coordinates = geometry['coordinates'];
    if (!Array.isArray(coordinates) || coordinates.length < 2) {
      throw new SourceError('format-error', `${where} a un point sans coordonnées [longitude, latitude].`);
    }
    const [longitude, latitude] = coordinates;
    return { ...properties, longitude: properties['longitude'] ?? longitude, latitude: properties['latitude'] ?? latitude };
  });
}

function collectLabels(objects: JsonObject[]): string[] {
  const labels = new Set<string>();
  for (const object of objects) for (const key of Object.keys(object)) labels.add(key);
  return [...labels];
}

/** Table Schema's lexical form: nested objects and arrays stay JSON text, null is an empty cell. */
function lexicalJson(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
