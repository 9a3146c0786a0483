/** Returned by a cast function when the text does not match the field's type/format (cheap identity check). */
export const INVALID: unique symbol = Symbol('invalid');
export type CastResult = unknown;
export type CastFunction = (text: string) => CastResult;
