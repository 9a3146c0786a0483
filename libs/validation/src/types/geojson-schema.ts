/** A compact JSON Schema of GeoJSON (RFC 7946) geometries, features and collections, for the geojson type. */
const position = { type: 'array', minItems: 2, items: { type: 'number' } };
const lineString = { type: 'array', minItems: 2, items: position };
const ring = { type: 'array', minItems: 4, items: position };
const polygon = { type: 'array', items: ring };

function geometry(type: string, coordinates: object) {
  return { type: 'object', required: ['type', 'coordinates'], properties: { type: { const: type }, coordinates } };
}

const geometries = [
  geometry('Point', position),
  geometry('MultiPoint', { type: 'array', items: position }),
  geometry('LineString', lineString),
  geometry('MultiLineString', { type: 'array', items: lineString }),
  geometry('Polygon', polygon),
  geometry('MultiPolygon', { type: 'array', items: polygon }),
];

const anyGeometry = {
  oneOf: [
    ...geometries,
    { type: 'object', required: ['type', 'geometries'], properties: { type: { const: 'GeometryCollection' }, geometries: { type: 'array', items: { oneOf: geometries } } } },
  ],
};

const feature = {
  type: 'object',
  required: ['type', 'geometry', 'properties'],
  properties: { type: { const: 'Feature' }, geometry: { oneOf: [{ type: 'null' }, anyGeometry] }, properties: { oneOf: [{ type: 'null' }, { type: 'object' }] } },
};

export const GEOJSON_SCHEMA = {
  oneOf: [anyGeometry, feature, { type: 'object', required: ['type', 'features'], properties: { type: { const: 'FeatureCollection' }, features: { type: 'array', items: feature } } }],
};
