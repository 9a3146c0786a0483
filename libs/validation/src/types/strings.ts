import { fullFormats } from 'ajv-formats/dist/formats';
import { INVALID, type CastFunction } from './invalid';

// The format checks come from ajv-formats (full mode), the same ones the rest of the engine's ajv uses.
const emailPattern = fullFormats.email as RegExp;
const uuidPattern = fullFormats.uuid as RegExp;
const uriCheck = fullFormats.uri as (text: string) => boolean;
// A strict subset of RFC 3986 URIs (http(s), plain host, plain path): what most cells are, checked first because
// ajv-formats' full URI expression is costly; anything else goes through the full check.
const SIMPLE_HTTP_URI = /^https?:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:\/[a-z0-9._~\-/]*)?$/i;
const BASE64_CHARS = /[^A-Za-z0-9+/=]/g;

/** Python's base64.b64decode (non-validating): drops foreign characters, then needs correct padding. */
function isBase64(text: string): boolean {
  const cleaned = text.replace(BASE64_CHARS, '');
  if (cleaned.length % 4 !== 0) return false;
  return /^[A-Za-z0-9+/]*={0,2}$/.test(cleaned);
}

/** Returns null for the default format: strings need no cast, the hot loop skips the call. */
export function createStringCast(format: string): CastFunction | null {
  switch (format) {
    case 'email':
      return (text) => (emailPattern.test(text) ? text : INVALID);
    case 'uri':
      return (text) => (SIMPLE_HTTP_URI.test(text) || uriCheck(text) ? text : INVALID);
    case 'uuid':
      return (text) => (uuidPattern.test(text) ? text : INVALID);
    case 'binary':
      return (text) => (isBase64(text) ? text : INVALID);
    default:
      return null;
  }
}
