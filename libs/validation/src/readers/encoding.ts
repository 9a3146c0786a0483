import { SourceError } from '../core/contracts';
import type { TextScanResult } from './text-scan';

export type TextEncoding = 'utf-8' | 'utf-8-sig' | 'windows-1252' | 'iso-8859-1' | 'iso-8859-15';

const ENCODING_ALIASES: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-8-sig': 'utf-8-sig',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  'latin-1': 'iso-8859-1',
  'iso-8859-15': 'iso-8859-15',
  latin9: 'iso-8859-15',
  'latin-9': 'iso-8859-15',
};

export function normalizeEncoding(name: string): TextEncoding {
  const encoding = ENCODING_ALIASES[name.trim().toLowerCase()];
  if (!encoding) {
    throw new SourceError('encoding-error', `Encodage « ${name} » non pris en charge : utilisez utf-8, windows-1252, iso-8859-1 ou iso-8859-15.`);
  }
  return encoding;
}

/**
 * Chooses the encoding from the whole file's bytes:
 * 1. valid UTF-8 everywhere → 'utf-8' ('utf-8-sig' with a byte order mark); pure ASCII is 'utf-8'. A UTF-8 file
 *    with a few stray bytes (fewer than one per DAMAGED_UTF8_RATIO valid sequences) stays UTF-8: the stray bytes
 *    become U+FFFD where they stand, instead of every accent of the file turning into mojibake;
 * 2. else any byte 0x80–0x9F → 'windows-1252': those bytes are ’ œ € … in Windows-1252 and unused control codes in
 *    the ISO encodings, so French Excel exports land here;
 * 3. else bytes placed as ISO-8859-15's € (0xA4 beside a number) or œ/Œ/Ÿ (0xBD/0xBC/0xBE before a letter)
 *    → 'iso-8859-15'. A lone 0xA4 elsewhere stays Latin-1's ¤. This departs from "ambiguous 0xA4 means
 *    Windows-1252": Windows-1252 also reads 0xA4 as ¤, and a French file writing ¤ beside an amount does not exist;
 *    one written by an ISO-8859-15 system does;
 * 4. else 'iso-8859-1' (which decodes exactly as Windows-1252 when no byte 0x80–0x9F occurs).
 * Files with NUL bytes, many control bytes, a UTF-16 byte order mark or mostly high bytes are not text.
 */
const DAMAGED_UTF8_RATIO = 20;

export function chooseEncoding(scan: TextScanResult): TextEncoding {
  if (scan.hasUtf16Bom) {
    throw new SourceError(
      'encoding-error',
      "Le fichier est encodé en UTF-16 (export « Texte Unicode » d'Excel), non pris en charge : enregistrez-le au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».",
    );
  }
  const looksBinary = scan.nulBytes > 0 || scan.controlBytes > scan.bytes / 100 || scan.utf8InvalidBytes > scan.bytes * 0.3;
  if (looksBinary) {
    throw new SourceError(
      'encoding-error',
      "Le fichier ne contient pas du texte lisible (octets binaires) : ce n'est pas un fichier CSV ou JSON. Envoyez un fichier CSV, XLSX ou JSON.",
    );
  }
  if (scan.utf8InvalidBytes * DAMAGED_UTF8_RATIO <= scan.utf8Sequences) return scan.hasUtf8Bom ? 'utf-8-sig' : 'utf-8';
  if (scan.highByteCounts.subarray(0, 0x20).some((count) => count > 0)) return 'windows-1252';
  if (scan.latin9Evidence > 0) return 'iso-8859-15';
  return 'iso-8859-1';
}

/** Bytes that a strict decoder cannot read in its encoding: a reading that guessed the encoding has guessed wrong. */
export class InvalidEncodedText extends Error {
  constructor() {
    super('Octets invalides pour l’encodage supposé.');
  }
}

export interface ChunkDecoder {
  /** Decodes the next bytes; `final` flushes a character split across the last chunks. */
  decode(bytes: Uint8Array, final: boolean): string;
}

/** Windows-1252's characters for bytes 0x80–0x9F; the five bytes it leaves undefined keep their code point. */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1_PATTERN = /[\u0080-\u009f]/g;
const LATIN9_FROM_LATIN1: Record<string, string> = { '¤': '€', '¦': 'Š', '¨': 'š', '´': 'Ž', '¸': 'ž', '¼': 'Œ', '½': 'œ', '¾': 'Ÿ' };
const LATIN9_PATTERN = /[¤¦¨´¸¼½¾]/g;

const fromWindows1252 = (character: string) => WINDOWS_1252_C1[character.charCodeAt(0) - 0x80];
const fromLatin9 = (character: string) => LATIN9_FROM_LATIN1[character];

/**
 * Native decoders for speed. Node 20 decodes 'windows-1252' as Latin-1 (0x92 comes out as U+0092, not ’) while
 * browsers decode 'iso-8859-1' as Windows-1252 (WHATWG): single-byte text is decoded with the native decoder, then the
 * bytes 0x80–0x9F are mapped through Windows-1252's table, so Node and browsers agree.
 */
export function createChunkDecoder(encoding: TextEncoding, options: { strict?: boolean } = {}): ChunkDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-8-sig') {
    // Strips a leading byte order mark; invalid sequences become U+FFFD, or throw InvalidEncodedText when strict.
    const decoder = new TextDecoder('utf-8', { fatal: options.strict === true });
    return {
      decode(bytes, final) {
        try {
          return decoder.decode(bytes, { stream: !final });
        } catch (error) {
          // By name: Node's decoder throws its own realm's TypeError, not always this one's (test sandboxes).
          throw (error as Error)?.name === 'TypeError' ? new InvalidEncodedText() : error;
        }
      },
    };
  }
  const decoder = new TextDecoder('windows-1252');
  const latin9 = encoding === 'iso-8859-15';
  return {
    decode(bytes) {
      let text = decoder.decode(bytes);
      C1_PATTERN.lastIndex = 0;
      if (C1_PATTERN.test(text)) text = text.replace(C1_PATTERN, fromWindows1252);
      if (latin9) text = text.replace(LATIN9_PATTERN, fromLatin9);
      return text;
    },
  };
}
