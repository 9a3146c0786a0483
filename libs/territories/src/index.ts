export type { Commune, CommuneResolution, Departement, Epci, Region, TerritoryKind, TerritorySearchResult, Zone } from './types';
export {
  allCommunes,
  allDepartements,
  allRegions,
  currentCommuneOf,
  departementCodeOfInseeCode,
  departementOfCommune,
  findCommune,
  findDepartement,
  findRegion,
  regionOfDepartement,
  resolveCommuneCode,
} from './communes';
export { allEpcis, epciOfCommune, findEpci } from './epci';
export { communesOfPostalCode, isCedexLike, isKnownPostalCode, isPostalCodeOfCommune, postalCodesOfCommune } from './postal-codes';
export { populationOf, sitesPer10000Inhabitants } from './populations';
export { searchTerritories } from './search';
export { normalizeName } from './text';
export { locatePoint } from './geography/locate-point';
export type { PointLocation } from './geography/locate-point';
export { FRANCE_AREAS } from './geography/outlines';
export type { FranceArea } from './geography/outlines';
export { departementBox, distanceOutsideDepartementKm } from './geography/departement-boxes';
export { distanceKm } from './geography/planar';
export type { BoundingBox } from './geography/planar';
