export { HashIndex } from './hash-index';
export { hashString } from './hash64';
