export * from './site-record';
export * from './events';
export * from './site-diff';
export * from './summary';
export * from './confirm-removals';
export { normaliseAddress, addressesDiffer, foldText } from './address';
export { departementOf } from './departement';
export { distanceMeters } from './geo';
export { REPLACEMENT_RADIUS_METERS, type Replacement } from './replacements';
