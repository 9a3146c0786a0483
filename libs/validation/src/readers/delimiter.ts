import type { LineTerminator } from './csv-parser';
import { DELIMITER_CANDIDATES, type TextScanResult } from './text-scan';

/**
 * The delimiter whose count per record is the most consistent over the whole file, quoted text left out: for each
 * candidate, the number of records holding its most frequent non-zero count. A ',' file whose quoted addresses are
 * full of ';' is thus a ',' file. Ties go to the candidate making more columns, then to ';' ',' tab '|'.
 * A single column (no candidate anywhere) reads as ','.
 */
export function chooseDelimiter(scan: TextScanResult): string {
  let best: { delimiter: string; records: number; columns: number } = { delimiter: ',', records: 0, columns: 0 };
  DELIMITER_CANDIDATES.forEach((delimiter, index) => {
    const histogram = scan.delimiterHistograms[index];
    let mode = 0;
    let records = 0;
    for (let count = 1; count < histogram.length; count++) {
      if (histogram[count] > records) {
        mode = count;
        records = histogram[count];
      }
    }
    if (records > best.records || (records === best.records && records > 0 && mode > best.columns)) best = { delimiter, records, columns: mode };
  });
  return best.delimiter;
}

/** '\n' (which also ends "\r\n" lines) unless lone carriage returns dominate, as in old Mac exports. */
export function chooseLineTerminator(scan: TextScanResult): LineTerminator {
  return scan.cr > scan.lf + scan.crlf ? '\r' : '\n';
}
