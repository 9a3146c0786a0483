export { validate } from './validate';
export type { ValidateOptions } from './options';
export { DEFAULT_MAX_ERRORS } from './options';
export { sourceFailureReport } from './source-failure';
