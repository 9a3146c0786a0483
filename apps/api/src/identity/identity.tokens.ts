/** Injection tokens of the identity context's configured objects. */
export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');
