/**
 * First pass over the raw bytes of a text file: everything needed to choose the encoding, the delimiter and the
 * line terminator, gathered in one loop over the whole stream (never a sample).
 *
 * It works on bytes because the delimiters, quotes and line ends are ASCII, and ASCII bytes mean the same in
 * UTF-8 and in every single-byte encoding we accept.
 */

export const DELIMITER_CANDIDATES = [';', ',', '\t', '|'] as const;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Records with more delimiters than this are counted in the last bucket: the count stays consistent all the same. */
const MAX_COUNT = 1023;

// Byte classes of the scan loop.
const ORDINARY = 0;
const CLASS_QUOTE = 1;
const CLASS_LF = 2;
const CLASS_CR = 3;
const CLASS_CONTROL = 4;
const CLASS_HIGH = 5;
const CLASS_DELIMITER = 8; // + index in DELIMITER_CANDIDATES
const BYTE_CLASS = buildByteClasses();
const EMPTY_WORDS = new Uint16Array(0);
/** 1 for a pair of bytes (read as one 16-bit word, either order) where either byte is not ORDINARY. */
const PAIR_SPECIAL = buildPairTable();

function buildPairTable(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let word = 0; word < 65536; word++) table[word] = BYTE_CLASS[word & 0xff] !== ORDINARY || BYTE_CLASS[word >>> 8] !== ORDINARY ? 1 : 0;
  return table;
}

function buildByteClasses(): Uint8Array {
  const classes = new Uint8Array(256).fill(CLASS_HIGH, 0x80);
  for (let byte = 0; byte < 0x20; byte++) classes[byte] = CLASS_CONTROL;
  classes[0x09] = ORDINARY; // tab is text unless it is a delimiter, set below
  classes[0x0c] = ORDINARY; // form feed occurs in old exports, harmless
  classes[QUOTE] = CLASS_QUOTE;
  classes[LF] = CLASS_LF;
  classes[CR] = CLASS_CR;
  DELIMITER_CANDIDATES.forEach((delimiter, index) => (classes[delimiter.charCodeAt(0)] = CLASS_DELIMITER + index));
  return classes;
}

export interface TextScanResult {
  bytes: number;
  hasUtf8Bom: boolean;
  /** Starts with a UTF-16 byte order mark (Excel's "Texte Unicode" export). */
  hasUtf16Bom: boolean;
  /** Valid multi-byte UTF-8 sequences, and bytes ≥ 0x80 belonging to none. */
  utf8Sequences: number;
  utf8InvalidBytes: number;
  /** Occurrences of every byte value ≥ 0x80 outside valid UTF-8 sequences (index byte − 0x80). */
  highByteCounts: Uint32Array;
  /** Bytes 0xA4 / 0xBC–0xBE placed as the €, Œ, œ, Ÿ of ISO-8859-15 would be (see encoding.ts). */
  latin9Evidence: number;
  nulBytes: number;
  controlBytes: number;
  /** Line terminators seen outside quoted fields. */
  crlf: number;
  lf: number;
  cr: number;
  /** For each candidate delimiter, how many records contain it exactly n times (outside quotes), n ≥ 1. */
  delimiterHistograms: Uint32Array[];
  /** Non-blank records seen. */
  records: number;
}

export class TextScanner {
  private bytes = 0;
  private readonly leading = new Uint8Array(4);

  // UTF-8 validation, kept up to the end: valid multi-byte sequences, bytes outside any valid sequence, and the
  // continuation bytes still expected by a sequence cut by the chunk's end, with the range of the next one.
  private utf8Sequences = 0;
  private utf8InvalidBytes = 0;
  private utf8Pending = 0;
  private utf8Lower = 0x80;
  private utf8Upper = 0xbf;
  /** The lead byte of the sequence still expecting bytes: counted as a single byte if the sequence breaks. */
  private utf8Lead = 0;

  private readonly highByteCounts = new Uint32Array(128);
  private latin9Evidence = 0;
  private nulBytes = 0;
  private controlBytes = 0;
  private previousByte = 0;

  // Record structure outside quotes; positions are offsets in the whole stream.
  private inQuotes = false;
  /** The last structural byte was a quote inside a quoted field: the next one says whether it was doubled. */
  private quoteClosing = false;
  private fieldStart = 0;
  private recordStart = 0;
  private afterCr = false;
  private crlf = 0;
  private lf = 0;
  private cr = 0;
  private records = 0;
  private readonly counts = new Uint32Array(DELIMITER_CANDIDATES.length);
  private readonly histograms = DELIMITER_CANDIDATES.map(() => new Uint32Array(MAX_COUNT + 1));

  /**
   * The hot loop: ordinary ASCII bytes cost one table lookup, two at a time when the chunk can be read as 16-bit
   * words. State lives in locals during the chunk (V8 keeps them in registers) and goes back to the fields at the end.
   */
  update(chunk: Uint8Array): void {
    const base = this.bytes;
    if (base < this.leading.length) this.leading.set(chunk.subarray(0, this.leading.length - base), base);
    this.bytes += chunk.length;
    const length = chunk.length;
    const counts = this.counts;
    let inQuotes = this.inQuotes;
    let quoteClosing = this.quoteClosing;
    let fieldStart = this.fieldStart - base;
    let afterCr = this.afterCr;
    let index = this.utf8Pending === 0 ? 0 : this.continueUtf8(chunk);
    const words = chunk.byteOffset % 2 === 0 ? new Uint16Array(chunk.buffer, chunk.byteOffset, length >>> 1) : EMPTY_WORDS;
    const pairedEnd = words.length * 2;
    for (; index < length; index++) {
      if ((index & 1) === 0 && index < pairedEnd && PAIR_SPECIAL[words[index >>> 1]] === 0) {
        index++;
        continue;
      }
      const byteClass = BYTE_CLASS[chunk[index]];
      if (byteClass === ORDINARY) continue;
      if (byteClass === CLASS_HIGH) {
        // Fast path for the usual accented letter, a valid two-byte UTF-8 sequence; the rest in highByte().
        const byte = chunk[index];
        if (byte >= 0xc2 && byte <= 0xdf && index + 1 < length) {
          if ((chunk[index + 1] & 0xc0) === 0x80) {
            this.utf8Sequences++;
            index++;
            continue;
          }
        }
        index = this.highByte(chunk, index, byte);
        continue;
      }
      if (quoteClosing) {
        quoteClosing = false;
        if (byteClass === CLASS_QUOTE) continue; // doubled quote: still inside
        inQuotes = false; // the quote closed the field: this byte is structure again
      }
      if (inQuotes) {
        if (byteClass === CLASS_QUOTE) quoteClosing = true;
        else if (byteClass === CLASS_CONTROL) this.control(chunk[index]);
        continue;
      }
      if (byteClass === CLASS_LF) {
        if (afterCr) {
          this.crlf++;
          this.cr--;
          this.recordStart = base + index + 1;
        } else {
          this.lf++;
          this.endRecord(base + index);
        }
        afterCr = false;
        fieldStart = index + 1;
        continue;
      }
      afterCr = false;
      if (byteClass === CLASS_CR) {
        this.cr++;
        afterCr = true;
        this.endRecord(base + index);
        fieldStart = index + 1;
      } else if (byteClass >= CLASS_DELIMITER) {
        counts[byteClass - CLASS_DELIMITER]++;
        fieldStart = index + 1;
      } else if (byteClass === CLASS_QUOTE) {
        // RFC 4180: a quote opens a quoted field only at the start of a field; elsewhere it is text.
        if (index === fieldStart) inQuotes = true;
      } else this.control(chunk[index]);
    }
    this.inQuotes = inQuotes;
    this.quoteClosing = quoteClosing;
    this.fieldStart = base + fieldStart;
    this.afterCr = afterCr;
    if (length > 0) this.previousByte = chunk[length - 1];
  }

  /** No byte so far contradicts reading the text as UTF-8 (a sequence cut by the chunk's end is not judged yet). */
  get validUtf8SoFar(): boolean {
    return this.utf8InvalidBytes === 0 && this.nulBytes === 0;
  }

  finish(): TextScanResult {
    if (this.utf8Pending !== 0) this.invalidUtf8();
    this.endRecord(this.bytes);
    const leadingBytes = this.leading.subarray(0, Math.min(this.bytes, this.leading.length));
    return {
      bytes: this.bytes,
      hasUtf8Bom: leadingBytes[0] === 0xef && leadingBytes[1] === 0xbb && leadingBytes[2] === 0xbf,
      hasUtf16Bom: (leadingBytes[0] === 0xff && leadingBytes[1] === 0xfe) || (leadingBytes[0] === 0xfe && leadingBytes[1] === 0xff),
      utf8Sequences: this.utf8Sequences,
      utf8InvalidBytes: this.utf8InvalidBytes,
      highByteCounts: this.highByteCounts,
      latin9Evidence: this.latin9Evidence,
      nulBytes: this.nulBytes,
      controlBytes: this.controlBytes,
      crlf: this.crlf,
      lf: this.lf,
      cr: this.cr,
      delimiterHistograms: this.histograms,
      records: this.records,
    };
  }

  private control(byte: number): void {
    if (byte === 0) this.nulBytes++;
    else this.controlBytes++;
  }

  /** Ends the record at `end` (exclusive): a non-blank record adds its delimiter counts to the histograms. */
  private endRecord(end: number): void {
    const blank = end <= this.recordStart;
    this.recordStart = end + 1;
    if (blank) return;
    this.records++;
    for (let index = 0; index < this.counts.length; index++) {
      const count = this.counts[index];
      if (count !== 0) this.histograms[index][count > MAX_COUNT ? MAX_COUNT : count]++;
      this.counts[index] = 0;
    }
  }

  /**
   * A byte ≥ 0x80 at `index` that does not start a two-byte sequence: validated as UTF-8 with its continuation bytes;
   * returns the last index used. Bytes belonging to no valid sequence are counted for the single-byte encodings.
   */
  private highByte(chunk: Uint8Array, index: number, byte: number): number {
    if (byte === 0xa4 || (byte >= 0xbc && byte <= 0xbe)) this.weighLatin9(chunk, index, byte);
    // Lead bytes and the range of their first continuation byte (Unicode table 3-7: no overlongs, no surrogates).
    let pending: number;
    if (byte >= 0xc2 && byte <= 0xdf) pending = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      pending = 2;
      if (byte === 0xe0) this.utf8Lower = 0xa0;
      if (byte === 0xed) this.utf8Upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      pending = 3;
      if (byte === 0xf0) this.utf8Lower = 0x90;
      if (byte === 0xf4) this.utf8Upper = 0x8f;
    } else {
      this.invalidUtf8(byte);
      return index;
    }
    this.utf8Pending = pending;
    this.utf8Lead = byte;
    const end = Math.min(index + 1 + pending, chunk.length);
    const used = this.consumeContinuation(chunk, index + 1, end);
    if (used === -1) {
      this.highByteCounts[byte - 0x80]++;
      return index;
    }
    if (this.utf8Pending === 0) this.utf8Sequences++;
    return used - 1;
  }

  /** The start of a chunk continues a sequence begun in the previous one; returns where the loop resumes. */
  private continueUtf8(chunk: Uint8Array): number {
    const used = this.consumeContinuation(chunk, 0, Math.min(this.utf8Pending, chunk.length));
    if (used === -1) {
      this.highByteCounts[this.utf8Lead - 0x80]++;
      return 0;
    }
    if (this.utf8Pending === 0) this.utf8Sequences++;
    return used;
  }

  /** Checks continuation bytes in [from, end); returns the index after them, or -1 when one is invalid. */
  private consumeContinuation(chunk: Uint8Array, from: number, end: number): number {
    for (let index = from; index < end; index++) {
      const byte = chunk[index];
      if (byte < this.utf8Lower || byte > this.utf8Upper) {
        this.invalidUtf8();
        return -1;
      }
      this.utf8Pending--;
      this.utf8Lower = 0x80;
      this.utf8Upper = 0xbf;
    }
    return end;
  }

  /**
   * ISO-8859-15 differs from Latin-1 on eight bytes; French text uses three of them: € (0xA4), Œ/œ (0xBC/0xBD).
   * They count as evidence when placed as those characters would be: œ/Œ/Ÿ followed by a letter and not after a
   * digit (½ in "1½" is Latin-1), € next to a digit or after "digit space".
   */
  private weighLatin9(chunk: Uint8Array, index: number, byte: number): void {
    const before = index > 0 ? chunk[index - 1] : this.previousByte;
    const after = index + 1 < chunk.length ? chunk[index + 1] : 0;
    if (byte === 0xa4) {
      const beforeBefore = index > 1 ? chunk[index - 2] : 0;
      const afterAfter = index + 2 < chunk.length ? chunk[index + 2] : 0;
      if (isDigit(before) || isDigit(after) || (before === 0x20 && isDigit(beforeBefore)) || (after === 0x20 && isDigit(afterAfter))) {
        this.latin9Evidence++;
      }
    } else if (isLetter(after) && !isDigit(before)) {
      this.latin9Evidence++;
    }
  }

  private invalidUtf8(byte?: number): void {
    this.utf8InvalidBytes++;
    if (byte !== undefined) this.highByteCounts[byte - 0x80]++;
    this.utf8Pending = 0;
    this.utf8Lower = 0x80;
    this.utf8Upper = 0xbf;
  }
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/** ASCII letters and the Latin-1 letters 0xC0–0xFF (except × and ÷). */
function isLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0xc0 && byte !== 0xd7 && byte !== 0xf7);
}
