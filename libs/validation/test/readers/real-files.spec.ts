import { existsSync } from 'fs';
import path from 'path';
import { openFile } from '../../src/node';
import { allBatches } from './helpers';

// Real public data beside the repository (see ../shared/data/real/SOURCES.md): row counts and digests from there.
const realData = path.resolve(__dirname, '../../../../../shared/data/real');
const present = existsSync(realData);
if (!present) console.warn(`Données réelles absentes (${realData}) : tests sur fichiers réels ignorés.`);

(present ? describe : describe.skip)('real files', () => {
  it.each([
    ['laposte_points_de_contact_2020-12.csv', ';', 17_716, 16, '48c52a8233003574ec576c034b8725aca74028fa89b44b32ca0d102f8a7e749a'],
    ['laposte_points_de_contact_2016.csv', ';', 17_212, 16, '627baa565c0325e1b5315206a84a7a794a561a8a52bbc1d2799a0744e538ee38'],
    ['france_services_2024-08-01.csv', ',', 2_845, 24, '6eabcb0792c8681af513e65560a7dea08e15d3e72b070a14ca1fed032164efad'],
    ['service_public_annuaire_locales_2022_hors_mairies.csv', ',', 25_762, 24, '2ed9bf5004b1537c8088da799aaf3582499f6f802ed7e9e58819e4f0ba857521'],
  ])('%s: delimiter %j, %i rows of %i cells', async (file, delimiter, rowCount, columns, sha256) => {
    const source = await openFile(path.join(realData, file));
    expect(source.detected).toEqual({ format: 'csv', encoding: 'utf-8', delimiter });
    expect(source.labels).toHaveLength(columns);
    let rows = 0;
    let nextRowNumber = 2;
    for (const batch of await allBatches(source)) {
      expect(batch.firstRowNumber).toBe(nextRowNumber);
      nextRowNumber += batch.rows.length;
      rows += batch.rows.length;
      for (const row of batch.rows) expect(row).toHaveLength(columns);
    }
    expect(rows).toBe(rowCount);
    expect(source.stats().sha256).toBe(sha256);
  });

  it('keeps the multi-line cells of France services in one record', async () => {
    const source = await openFile(path.join(realData, 'france_services_2024-08-01.csv'));
    const rows = (await allBatches(source)).flatMap((batch) => batch.rows);
    expect(rows.some((row) => row.some((cell) => cell.includes('\n')))).toBe(true);
    expect(source.labels[0]).toBe('id_fs');
  });

  it('keeps the "#" of La Poste\'s first label', async () => {
    const source = await openFile(path.join(realData, 'laposte_points_de_contact_2020-12.csv'));
    expect(source.labels[0]).toBe('#Identifiant_du_site');
    expect(source.labels[1]).toBe('Libellé_du_site');
  });
});
