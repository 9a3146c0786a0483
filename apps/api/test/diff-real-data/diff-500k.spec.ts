/**
 * Scale check: a national dataset of 500,000 sites against its previous version. Measured and logged, with only a
 * generous bound, so that a slow machine does not fail the suite; the benchmark proper lives with the other benches.
 */
import { diffSites, emptySiteRecord, type SiteRecord } from '../../src/review/diff';

const SITES = 500_000;
const COMMUNES = 35_000;

/** Deterministic pseudo-random numbers (mulberry32), so that every run diffs the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function syntheticSite(index: number, next: () => number): SiteRecord {
  const commune = Math.floor(next() * COMMUNES);
  const codeInsee = `${String(1 + (commune % 95)).padStart(2, '0')}${String(commune).padStart(5, '0').slice(-3)}`;
  return {
    ...emptySiteRecord(`S${index}`, `Site ${index}`),
    categorie: 'presence_etat',
    type_site: 'tresorerie',
    adresse: `${1 + (index % 120)} rue ${index % 977}`,
    code_postal: codeInsee,
    commune: `Commune ${commune}`,
    code_insee: codeInsee,
    latitude: 42 + (commune % 180) / 20 + next() * 0.02,
    longitude: -4 + Math.floor(commune / 180) / 16 + next() * 0.02,
    statut: 'ouvert',
    date_maj: '2026-01-01',
  };
}

/** 2 % removed, 2 % added (half of them at a removed site's address), 5 % modified in various ways. */
function syntheticPair(): { previous: SiteRecord[]; next: SiteRecord[] } {
  const next = random(42);
  const previous = Array.from({ length: SITES }, (_, index) => syntheticSite(index, next));
  const following: SiteRecord[] = [];
  let added = SITES;
  for (const site of previous) {
    const draw = next();
    if (draw < 0.02) {
      if (draw < 0.01) following.push({ ...site, id: `S${added++}`, type_site: 'france_services' });
      continue;
    }
    if (draw < 0.03) following.push(syntheticSite(added++, next));
    if (draw < 0.07) following.push({ ...site, adresse: `${draw < 0.05 ? 2 : 1} place ${site.id}`, date_maj: '2026-06-01' });
    else if (draw < 0.08) following.push({ ...site, statut: 'ferme', date_fermeture: '2026-05-31' });
    else if (draw < 0.09) following.push({ ...site, type_site: 'sip', latitude: (site.latitude ?? 0) + 0.001 });
    else following.push(site);
  }
  return { previous, next: following };
}

describe('diff of 500,000 sites against the previous version', () => {
  it('runs in a few seconds', () => {
    const { previous, next } = syntheticPair();
    const started = performance.now();
    const diff = diffSites(previous, next, { today: '2026-11-25', previousDate: '2026-01-15' });
    const seconds = (performance.now() - started) / 1000;
    console.log(`Diff de ${previous.length} → ${next.length} sites en ${seconds.toFixed(2)} s\n${JSON.stringify({ ...diff.summary, byDepartement: undefined })}`);
    expect(diff.summary.previousCount).toBe(SITES);
    expect(diff.summary.byEvent.replaced).toBeGreaterThan(4_000);
    expect(diff.summary.byEvent.removal_to_confirm).toBeGreaterThan(4_000);
    expect(diff.summary.byEvent.closed).toBeGreaterThan(4_000);
    expect(seconds).toBeLessThan(20);
  }, 120_000);
});
