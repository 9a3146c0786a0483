import { UsageLimits } from '../../src/sftp/server/usage-limits';

describe('Limites d’usage des comptes SFTP', () => {
  it('compte les fichiers sur une heure glissante et dit combien attendre', () => {
    let now = 0;
    const limits = new UsageLimits({ maxFilesPerHour: 2, maxSessionsPerAccount: 1 }, () => now);
    limits.recordFile('a');
    now = 10 * 60_000;
    limits.recordFile('a');
    expect(limits.fileWait('a')).toBe(50 * 60);
    expect(limits.fileWait('b')).toBe(0);
    now = 60 * 60_000 + 1;
    expect(limits.fileWait('a')).toBe(0);
  });

  it('tient le compte des sessions ouvertes par compte', () => {
    const limits = new UsageLimits({ maxFilesPerHour: 1, maxSessionsPerAccount: 2 });
    expect([limits.openSession('a'), limits.openSession('a'), limits.openSession('a')]).toEqual([true, true, false]);
    limits.closeSession('a');
    expect(limits.openSession('a')).toBe(true);
  });
});
