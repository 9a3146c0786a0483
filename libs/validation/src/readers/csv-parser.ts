/**
 * Streaming RFC 4180 parser over decoded text, in the manner of papaparse's: it jumps from delimiter to delimiter
 * with indexOf (positions cached until passed) and slices cells out, never building strings per character. Lines
 * without a quote are split natively. A blank line is a record with no cells, so record numbers match the file's.
 */

export type LineTerminator = '\n' | '\r';

const QUOTE_CODE = 0x22;
const CR_CODE = 0x0d;
const LF_CODE = 0x0a;

export class CsvParser {
  /** The unfinished record at the end of what was parsed, and text pushed after it. */
  private rest = '';
  private readonly waiting: string[] = [];
  /**
   * What can finish the unfinished record: a quote (it stops inside a quoted field), a line terminator (it stops
   * before its line ends), or anything. Text without it only waits, unparsed and unjoined: a stray quote or a
   * huge line then costs linear time, not a new parse of the growing record at every push.
   */
  private awaited: string | undefined;

  /**
   * @param terminator '\n' also ends a line written "\r\n" (the '\r' is dropped); '\r' is for old Mac files.
   */
  constructor(
    private readonly delimiter: string,
    private readonly terminator: LineTerminator,
  ) {}

  /** Parses the complete records of `text` (after what was left over) into `records`; keeps an unfinished one. */
  push(text: string, records: string[][]): void {
    if (this.awaited !== undefined && !text.includes(this.awaited)) {
      this.waiting.push(text);
      return;
    }
    this.rest = this.parse(this.takeRest(text), records, false);
  }

  /** End of input: the last record may lack its line terminator. */
  finish(records: string[][]): void {
    const rest = this.takeRest('');
    if (rest !== '') this.parse(rest, records, true);
    this.rest = '';
  }

  private takeRest(text: string): string {
    if (this.rest === '' && this.waiting.length === 0) return text;
    const joined = [this.rest, ...this.waiting, text].join('');
    this.waiting.length = 0;
    return joined;
  }

  /**
   * Parses records from `text`; returns the unfinished record at its end ('' if none). A quote opens a quoted field
   * only at the start of a field; text after a closing quote is kept as written; a quote never closed is text.
   */
  private parse(text: string, records: string[][], final: boolean): string {
    const { delimiter, terminator } = this;
    this.awaited = undefined;
    const delimiterLength = delimiter.length;
    const stripCr = terminator === '\n';
    const length = text.length;
    let cursor = 0;
    let recordStart = 0;
    let row: string[] = [];
    let nextDelimiter = text.indexOf(delimiter);
    let nextLineEnd = text.indexOf(terminator);
    let nextQuote = text.indexOf('"');
    let literalQuoteAt = -1;
    for (;;) {
      let prefix = '';
      if (nextQuote !== -1 && nextQuote < cursor) nextQuote = text.indexOf('"', cursor);
      if (row.length === 0 && (nextQuote === -1 || nextQuote > nextLineEnd) && nextLineEnd !== -1) {
        // A whole line without a quote: the common case, split natively.
        let end = nextLineEnd;
        if (stripCr && end > cursor && text.charCodeAt(end - 1) === CR_CODE) end--;
        records.push(end === cursor ? [] : text.slice(cursor, end).split(delimiter));
        cursor = recordStart = nextLineEnd + 1;
        nextLineEnd = text.indexOf(terminator, cursor);
        continue;
      }
      if (nextQuote === cursor && cursor !== literalQuoteAt) {
        let from = cursor + 1;
        let closedAt = -1;
        let endsOnQuote = false;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) break;
          if (quote + 1 === length && !final) {
            endsOnQuote = true; // closing or doubled: the next character will say
            break;
          }
          if (text.charCodeAt(quote + 1) === QUOTE_CODE) {
            prefix += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          prefix += text.slice(from, quote);
          closedAt = quote + 1;
          break;
        }
        if (closedAt === -1) {
          if (!final) {
            if (!endsOnQuote) this.awaited = '"';
            return text.slice(recordStart);
          }
          literalQuoteAt = cursor; // never closed: the quote was text, read the field again as an ordinary one
          continue;
        }
        cursor = closedAt;
        if (text.startsWith(delimiter, cursor)) {
          row.push(prefix);
          cursor += delimiterLength;
          continue;
        }
        let after = -1;
        const code = text.charCodeAt(cursor);
        if (cursor === length) after = final ? length : -1;
        else if (code === LF_CODE && stripCr) after = cursor + 1;
        else if (code === CR_CODE) {
          if (!stripCr) after = cursor + 1;
          else if (text.charCodeAt(cursor + 1) === LF_CODE) after = cursor + 2;
          else if (cursor + 1 === length) after = final ? length : -1;
        }
        if (after !== -1) {
          row.push(prefix);
          records.push(row);
          row = [];
          if (after >= length) return '';
          cursor = recordStart = after;
          if (nextLineEnd < cursor) nextLineEnd = text.indexOf(terminator, cursor);
          continue;
        }
        if (cursor === length || (code === CR_CODE && cursor + 1 === length)) return text.slice(recordStart);
        // Text after the closing quote: kept, up to the end of the field.
      }
      if (nextDelimiter !== -1 && nextDelimiter < cursor) nextDelimiter = text.indexOf(delimiter, cursor);
      if (nextLineEnd !== -1 && nextLineEnd < cursor) nextLineEnd = text.indexOf(terminator, cursor);
      if (nextDelimiter !== -1 && (nextDelimiter < nextLineEnd || nextLineEnd === -1)) {
        row.push(prefix + text.slice(cursor, nextDelimiter));
        cursor = nextDelimiter + delimiterLength;
        nextDelimiter = text.indexOf(delimiter, cursor);
        continue;
      }
      if (nextLineEnd !== -1) {
        let end = nextLineEnd;
        if (stripCr && end > cursor && text.charCodeAt(end - 1) === CR_CODE) end--;
        row.push(prefix + text.slice(cursor, end));
        records.push(row);
        row = [];
        cursor = recordStart = nextLineEnd + 1;
        nextLineEnd = text.indexOf(terminator, cursor);
        continue;
      }
      if (!final) {
        this.awaited = terminator;
        return text.slice(recordStart);
      }
      if (cursor < length || row.length > 0 || prefix !== '') {
        let end = length;
        if (stripCr && end > cursor && text.charCodeAt(end - 1) === CR_CODE) end--;
        row.push(prefix + text.slice(cursor, end));
        records.push(row);
      }
      return '';
    }
  }
}
