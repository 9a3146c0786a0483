import Ajv from 'ajv';
import { INVALID, type CastFunction } from './invalid';
import { GEOJSON_SCHEMA } from './geojson-schema';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const castObject: CastFunction = (text) => {
  const value = parseJson(text);
  return isPlainObject(value) ? value : INVALID;
};

export const castArray: CastFunction = (text) => {
  const value = parseJson(text);
  return Array.isArray(value) ? value : INVALID;
};

let geojsonValidator: ((value: unknown) => boolean) | null = null;

export function createGeojsonCast(format: string): CastFunction {
  if (format === 'topojson') {
    return (text) => {
      const value = parseJson(text);
      return isPlainObject(value) && value.type === 'Topology' && isPlainObject(value.objects) && Array.isArray(value.arcs) ? value : INVALID;
    };
  }
  geojsonValidator ??= new Ajv({ allErrors: false, strict: false }).compile(GEOJSON_SCHEMA);
  const validate = geojsonValidator;
  return (text) => {
    const value = parseJson(text);
    return isPlainObject(value) && validate(value) ? value : INVALID;
  };
}

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

function inRange(lon: number, lat: number): boolean {
  return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

/** geopoint: "lon, lat" (default), [lon, lat] (array) or {"lon": …, "lat": …} (object); kept as [lon, lat]. */
export function createGeopointCast(format: string): CastFunction {
  if (format === 'array') {
    return (text) => {
      const value = parseJson(text);
      if (!Array.isArray(value) || value.length !== 2) return INVALID;
      const [lon, lat] = value.map(Number);
      return typeof value[0] !== 'boolean' && typeof value[1] !== 'boolean' && inRange(lon, lat) ? [lon, lat] : INVALID;
    };
  }
  if (format === 'object') {
    return (text) => {
      const value = parseJson(text);
      if (!isPlainObject(value) || Object.keys(value).length !== 2 || !('lon' in value) || !('lat' in value)) return INVALID;
      const lon = Number(value.lon), lat = Number(value.lat);
      return inRange(lon, lat) ? [lon, lat] : INVALID;
    };
  }
  return (text) => {
    const parts = text.split(',');
    if (parts.length !== 2 || !DECIMAL.test(parts[0]) || !DECIMAL.test(parts[1])) return INVALID;
    const lon = Number(parts[0]), lat = Number(parts[1]);
    return inRange(lon, lat) ? [lon, lat] : INVALID;
  };
}
