import { CsvParser } from '../../src/readers';
import { allBatches, allRows, numberedRows, open, utf8Bytes } from './helpers';

function parseAll(text: string, delimiter = ',', chunkSize = text.length || 1): string[][] {
  const parser = new CsvParser(delimiter, '\n');
  const records: string[][] = [];
  for (let start = 0; start < text.length; start += chunkSize) parser.push(text.slice(start, start + chunkSize), records);
  parser.finish(records);
  return records;
}

describe('delimiter detection over the whole file', () => {
  it.each([
    [';', 'id;nom;ville\n1;Poste;Tulle\n2;Mairie;Brive\n'],
    [',', 'id,nom,ville\n1,Poste,Tulle\n2,Mairie,Brive\n'],
    ['\t', 'id\tnom\tville\n1\tPoste\tTulle\n2\tMairie\tBrive\n'],
    ['|', 'id|nom|ville\n1|Poste|Tulle\n2|Mairie|Brive\n'],
  ])('finds %j', async (delimiter, text) => {
    const source = await open(utf8Bytes(text));
    expect(source.detected.delimiter).toBe(delimiter);
    expect(source.labels).toEqual(['id', 'nom', 'ville']);
    expect(await allRows(source)).toEqual([
      ['1', 'Poste', 'Tulle'],
      ['2', 'Mairie', 'Brive'],
    ]);
  });

  it('reads a "," file whose quoted text is full of ";" as ","', async () => {
    const text = 'id,horaires,commentaire\n' + '1,"lun;mar;mer;jeu;ven","a;b;c;d;e;f;g"\n'.repeat(30) + '2,"sam;dim",ok\n';
    const source = await open(utf8Bytes(text));
    expect(source.detected.delimiter).toBe(',');
    expect((await allRows(source)).at(-1)).toEqual(['2', 'sam;dim', 'ok']);
  });

  it('reads a ";" file with decimal commas as ";"', async () => {
    const text = 'id;latitude;longitude\n' + '1;45,12;4,5\n'.repeat(20);
    expect((await open(utf8Bytes(text))).detected.delimiter).toBe(';');
  });

  it('prefers the consistent delimiter over the frequent one', async () => {
    // ',' is more frequent overall, ';' occurs exactly twice in every record.
    const text = 'nom;adresse;ville\n' + 'A;1, 2, 3 rue X, Y, Z;Paris\nB;rue W;Lyon\nC;4, 5 rue V;Nice\n'.repeat(10);
    expect((await open(utf8Bytes(text))).detected.delimiter).toBe(';');
  });

  it('reads a single column as ","', async () => {
    const source = await open(utf8Bytes('siret\n13002526500013\n'));
    expect(source.detected.delimiter).toBe(',');
    expect(await allRows(source)).toEqual([['13002526500013']]);
  });

  it('uses the delimiter given by the caller', async () => {
    const source = await open(utf8Bytes('a;b,c\n1;2,3\n'), { delimiter: ';' });
    expect(source.labels).toEqual(['a', 'b,c']);
  });
});

describe('CSV parsing (RFC 4180)', () => {
  it('handles quoted delimiters, doubled quotes and empty quoted fields', () => {
    expect(parseAll('a,b,c\n"1,5","dit ""oui""",""\n')).toEqual([
      ['a', 'b', 'c'],
      ['1,5', 'dit "oui"', ''],
    ]);
  });

  it('keeps line breaks inside quoted cells, in one record', () => {
    expect(parseAll('id,adresse\n1,"3 rue X\nBP 12\r\n75001"\n2,y\n')).toEqual([
      ['id', 'adresse'],
      ['1', '3 rue X\nBP 12\r\n75001'],
      ['2', 'y'],
    ]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(parseAll('a,b\necran 5",x"y\n')).toEqual([
      ['a', 'b'],
      ['ecran 5"', 'x"y'],
    ]);
  });

  it('keeps text written after a closing quote', () => {
    expect(parseAll('a,b\n"Saint"-Denis,2\n')).toEqual([
      ['a', 'b'],
      ['Saint-Denis', '2'],
    ]);
  });

  it('reads a quote never closed as text instead of swallowing the file', () => {
    expect(parseAll('a,b\n"ouvert,1\n2,3')).toEqual([
      ['a', 'b'],
      ['"ouvert', '1'],
      ['2', '3'],
    ]);
  });

  it('reads CRLF, LF and a last line without line break', () => {
    expect(parseAll('a;b\r\n1;2\r\n"3";"4"\r\n5;6', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps blank lines as records without cells', () => {
    expect(parseAll('a,b\n\n1,2\n\r\n\n3,4\n')).toEqual([['a', 'b'], [], ['1', '2'], [], [], ['3', '4']]);
  });

  it('keeps empty cells as empty strings', () => {
    expect(parseAll('a,b,c\n,,\n1,,""\n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['1', '', ''],
    ]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'id,"nom ""court""",adresse\r\n1,"a,b","l1\r\nl2"\r\n\r\n2,x"y,"fin ""\n""."\r\n3,,"z"\r\n"4"';
    const expected = parseAll(text);
    expect(expected).toHaveLength(6);
    for (const chunkSize of [1, 2, 3, 5, 7, 11]) expect(parseAll(text, ',', chunkSize)).toEqual(expected);
  });
});

describe('row numbers', () => {
  it('numbers CSV records: header row 1, blank lines counted, a multi-line record counts once', async () => {
    const source = await open(utf8Bytes('id;note\n1;a\n\n2;"deux\nlignes"\n3;c\n'));
    const rows = await numberedRows(source);
    expect([...rows.entries()]).toEqual([
      [2, ['1', 'a']],
      [3, []],
      [4, ['2', 'deux\nlignes']],
      [5, ['3', 'c']],
    ]);
  });

  it('yields batches of a few thousand rows numbered continuously', async () => {
    const text = 'n\n' + Array.from({ length: 10_000 }, (_, index) => `${index + 2}\n`).join('');
    const batches = await allBatches(await open(utf8Bytes(text), { chunkSize: 4096 }));
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      expect(batch.rows.length).toBeLessThan(2 * 1024);
      batch.rows.forEach((row, index) => expect(row).toEqual([String(batch.firstRowNumber + index)]));
    }
    expect(batches.reduce((sum, batch) => sum + batch.rows.length, 0)).toBe(10_000);
  });

  it('reads old Mac files ending lines with CR alone', async () => {
    const source = await open(utf8Bytes('a;b\r1;2\r\r3;4'));
    expect(source.labels).toEqual(['a', 'b']);
    expect([...(await numberedRows(source)).entries()]).toEqual([
      [2, ['1', '2']],
      [3, []],
      [4, ['3', '4']],
    ]);
  });

  it('can be read twice', async () => {
    const source = await open(utf8Bytes('a\n1\n2\n'));
    expect(await allRows(source)).toEqual(await allRows(source));
  });
});

describe('unfinished records', () => {
  it('stays linear when a stray quote leaves a quoted field open to the end of a large file', () => {
    const text = 'a,b\n"ouvert,1\n' + 'x,y\n'.repeat(500_000);
    const started = Date.now();
    const records = parseAll(text, ',', 16 * 1024);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(records[1]).toEqual(['"ouvert', '1']);
    expect(records).toHaveLength(500_002);
  });

  it('stays linear on a huge line without line terminator', () => {
    const text = 'a\n' + 'x'.repeat(4_000_000);
    const started = Date.now();
    const records = parseAll(text, ',', 16 * 1024);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(records[1][0]).toHaveLength(4_000_000);
  });

  it('waits for the character after a quote that ends a chunk', () => {
    expect(parseAll('a,b\n"x""",2\n"y"\n', ',', 8)).toEqual([['a', 'b'], ['x"', '2'], ['y']]);
    for (let chunkSize = 1; chunkSize < 12; chunkSize++) expect(parseAll('a\n"q"\r\n"r""s"\r\n', ',', chunkSize)).toEqual([['a'], ['q'], ['r"s']]);
  });
});
