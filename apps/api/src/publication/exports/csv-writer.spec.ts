import { readFileSync } from 'fs';
import path from 'path';
import Papa from 'papaparse';
import { SITE_FIELD_KINDS, SITE_FIELDS, type SiteRecord } from '../../review/diff/site-record';
import { writeSitesCsv } from './csv-writer';
import { asAsync, collect } from './test/collect';
import { trickySites } from './test/tricky-sites';

const SCHEMA = path.resolve(__dirname, '../../../../../schemas/sites-publics/1.0.0/schema.json');

/** Reads an exported CSV back into records, typing values by the schema's kinds. */
function parseBack(text: string): SiteRecord[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data.map(
    (row) =>
      Object.fromEntries(
        SITE_FIELDS.map((field) => {
          const cell = row[field];
          if (cell === '') return [field, null];
          return [field, SITE_FIELD_KINDS[field] === 'number' ? Number(cell) : cell];
        }),
      ) as unknown as SiteRecord,
  );
}

describe('writeSitesCsv', () => {
  it('writes the schema fields in schema order as header', async () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { fields: Array<{ name: string }> };
    const text = (await collect(writeSitesCsv([]))).toString('utf8');
    expect(text).toBe(`${schema.fields.map((field) => field.name).join(',')}\n`);
  });

  it('round-trips every value through papaparse', async () => {
    const sites = trickySites();
    const text = (await collect(writeSitesCsv(asAsync(sites)))).toString('utf8');
    // -0 is written 0; everything else comes back identical.
    expect(parseBack(text)).toEqual(sites.map((site) => ({ ...site, latitude: site.latitude === 0 ? 0 : site.latitude })));
  });

  it('writes UTF-8 without BOM, byte for byte', async () => {
    const bytes = await collect(writeSitesCsv(trickySites()));
    expect(bytes.subarray(0, 3).toString('latin1')).toBe('id,');
    expect(bytes.includes(Buffer.from('Bus itinérant 🚌 Haute-Corse', 'utf8'))).toBe(true);
    expect(bytes.includes(Buffer.from('Préfecture de l’Ardèche', 'utf8'))).toBe(true);
  });

  it('quotes only the fields that need it, doubling quotes, and keeps text as given', async () => {
    const lines = (await collect(writeSitesCsv(trickySites()))).toString('utf8');
    expect(lines).toContain('pref-07,Préfecture de l’Ardèche,presence_etat,prefecture,Ministère de l’Intérieur,,"2, rue Pierre-Filliat",,07000,Privas,07186,44.735269,4.599039,');
    expect(lines).toContain('"fs-""guillemets""","Espace « France services », dit ""le relais""\nsur deux lignes"');
    expect(lines).toContain(',"=HYPERLINK(""http://exemple.invalid"",""clic"")",,+33 place du Marché,-1er étage,20000,@Ajaccio,2A004,');
    expect(lines).toContain(',  espaces en tête et en fin  ,');
    expect(lines).toContain(',0.000001,pref-07,2026-11-25\n');
  });

  it('writes numbers in their lexical form and dates as ISO', async () => {
    const text = (await collect(writeSitesCsv(trickySites()))).toString('utf8');
    expect(text).toContain(',120.5,,2026-10-12\n');
    expect(text).toContain(',1800-02-17,,ouvert,');
  });

  it('ends lines with LF by default and CRLF on request', async () => {
    const lf = (await collect(writeSitesCsv([trickySites()[0]]))).toString('utf8');
    expect(lf.split('\n')).toHaveLength(3);
    expect(lf).not.toContain('\r');
    const crlf = (await collect(writeSitesCsv([trickySites()[0]], { lineTerminator: '\r\n' }))).toString('utf8');
    expect(crlf.endsWith('\r\n')).toBe(true);
    expect(crlf.split('\r\n')).toHaveLength(3);
    expect(parseBack(crlf)).toEqual([trickySites()[0]]);
  });

  it('streams large sets in chunks', async () => {
    const many = Array.from({ length: 5_000 }, (_, index) => ({ ...trickySites()[0], id: `site-${index}` }));
    const chunks: Uint8Array[] = [];
    for await (const chunk of writeSitesCsv(many)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(5);
    expect(parseBack(Buffer.concat(chunks).toString('utf8'))).toHaveLength(5_000);
  });

  it('refuses a non-finite number, naming the site and the field', async () => {
    await expect(collect(writeSitesCsv([{ ...trickySites()[0], etp: Number.NaN }]))).rejects.toThrow('Site « pref-07 », champ etp : valeur numérique non finie (NaN)');
  });
});
