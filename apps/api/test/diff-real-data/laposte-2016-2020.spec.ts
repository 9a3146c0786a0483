/**
 * The diff on what really happened to La Poste's network between 2016 and December 2020: bureaux de poste turned
 * into agences postales communales under the same id, others closed and replaced by an agence or a relais next door,
 * communes merged into communes nouvelles.
 */
import { existsSync } from 'fs';
import path from 'path';
import { currentCommuneOf } from '@maillage/territories';
import { COUNTED_EVENT_KINDS, diffSites, renumberingPredicate, type SiteDiff, type SiteEvent } from '../../src/review/diff';
import { readLaPosteSites } from './laposte';

const REAL_DATA = path.resolve(__dirname, '../../../../../shared/data/real');
const FILE_2016 = path.join(REAL_DATA, 'laposte_points_de_contact_2016.csv');
const FILE_2020 = path.join(REAL_DATA, 'laposte_points_de_contact_2020-12.csv');
const available = existsSync(FILE_2016) && existsSync(FILE_2020);
if (!available) console.warn(`Données réelles absentes (${REAL_DATA}) : le diff La Poste 2016 → 2020 est ignoré.`);

const isCommuneRenumbering = renumberingPredicate((code) => currentCommuneOf(code)?.code);

(available ? describe : describe.skip)('diff of La Poste points de contact, 2016 → 2020-12', () => {
  let diff: SiteDiff;
  const eventOf = (kind: SiteEvent['kind'], siteId: string) => diff.events.find((event) => event.kind === kind && event.siteId === siteId);

  beforeAll(() => {
    const previous = readLaPosteSites(FILE_2016, '2016-06-01');
    const next = readLaPosteSites(FILE_2020, '2020-12-15');
    const started = performance.now();
    diff = diffSites(previous, next, { today: '2020-12-15', previousDate: '2016-06-01', isCommuneRenumbering });
    const seconds = (performance.now() - started) / 1000;
    const { byDepartement, ...totals } = diff.summary;
    console.log(
      `Diff La Poste 2016 → 2020-12 en ${seconds.toFixed(3)} s\n${JSON.stringify(totals, null, 2)}\nArdèche (07) : ${JSON.stringify(byDepartement['07'])}`,
    );
  });

  it('matches the ids of both files: 504 more sites, 1,790 new ids, 1,286 gone', () => {
    const { summary } = diff;
    expect(summary.previousCount).toBe(17_212);
    expect(summary.nextCount).toBe(17_716);
    expect(summary.added).toBe(1_790);
    expect(summary.removed).toBe(1_286);
    expect(summary.added - summary.removed).toBe(17_716 - 17_212);
    expect(summary.unchanged + summary.modified + summary.removed).toBe(summary.previousCount);
    expect(summary.unchanged + summary.modified + summary.added).toBe(summary.nextCount);
  });

  it('reclassifies the 563 sites whose type changed under the same id', () => {
    expect(diff.summary.byEvent.reclassified).toBe(563);
    const bureauxBecomingAgences = diff.events.filter(
      (event) => event.kind === 'reclassified' && event.details['previousTypeSite'] === 'bureau_de_poste' && event.details['typeSite'] === 'agence_postale_communale',
    );
    expect(bureauxBecomingAgences).toHaveLength(316);
  });

  it('accounts for every vanished and every new id: replaced, or removal to confirm, or opened', () => {
    const { byEvent } = diff.summary;
    expect(byEvent.replaced + byEvent.removal_to_confirm).toBe(1_286);
    expect(byEvent.replaced + byEvent.opened).toBe(1_790);
    expect(byEvent.closed).toBe(0);
    // Most vanished sites were replaced on the spot, mainly bureaux by agences or relais.
    expect(byEvent.replaced).toBeGreaterThan(550);
    const bureauToAgence = diff.replacements.filter((pair) => pair.removed.type_site === 'bureau_de_poste' && pair.added.type_site === 'agence_postale_communale');
    expect(bureauToAgence.length).toBeGreaterThan(250);
  });

  it('keeps replacements one to one, in the same place', () => {
    const removedIds = new Set(diff.replacements.map((pair) => pair.removed.id));
    const addedIds = new Set(diff.replacements.map((pair) => pair.added.id));
    expect(removedIds.size).toBe(diff.replacements.length);
    expect(addedIds.size).toBe(diff.replacements.length);
    for (const pair of diff.replacements) {
      if (pair.matchedBy === 'distance') expect(pair.distanceMeters).toBeLessThanOrEqual(200);
      const [oldCode, newCode] = [pair.removed.code_insee ?? '', pair.added.code_insee ?? ''];
      if (oldCode !== newCode) expect(isCommuneRenumbering(oldCode, newCode)).toBe(true);
    }
  });

  it('reclassifies CORNAS BP (07), a bureau de poste that became an agence postale communale under the same id', () => {
    expect(eventOf('reclassified', '01024A')).toEqual(
      expect.objectContaining({ siteName: 'CORNAS AP', departement: '07', details: expect.objectContaining({ previousTypeSite: 'bureau_de_poste', typeSite: 'agence_postale_communale' }) }),
    );
  });

  it('links MEYSSE BP, closed, to MEYSSE AP opened place de la Mairie (same address)', () => {
    expect(eventOf('replaced', '01071A')).toEqual(
      expect.objectContaining({ siteName: 'MEYSSE BP', relatedSiteId: '12498D', relatedSiteName: 'MEYSSE AP', departement: '07', details: expect.objectContaining({ matchedBy: 'address' }) }),
    );
    expect(eventOf('removal_to_confirm', '01071A')).toBeUndefined();
    expect(eventOf('opened', '12498D')).toBeUndefined();
  });

  it('links ANDANCE BP (route nationale 86) to ANDANCE AP (2 place du Cloître) 6 m away', () => {
    expect(eventOf('replaced', '00993A')).toEqual(
      expect.objectContaining({ relatedSiteId: '13488D', details: expect.objectContaining({ matchedBy: 'distance', distanceMeters: 6 }) }),
    );
  });

  it('does not move LACALM AP, whose commune merged into Argences-en-Aubrac (12117 → 12223)', () => {
    const lacalm = diff.modified.find((site) => site.id === '01830A');
    expect(lacalm?.changes).toEqual(expect.arrayContaining([{ field: 'code_insee', before: '12117', after: '12223' }]));
    expect(lacalm?.events).toEqual([]);
  });

  it('leaves BOFFRES RP (07), gone without a successor nearby, as a removal to confirm', () => {
    expect(eventOf('removal_to_confirm', '01007A')).toEqual(expect.objectContaining({ siteName: 'BOFFRES RP', departement: '07' }));
  });

  it('adds up the départements to the totals', () => {
    for (const kind of COUNTED_EVENT_KINDS) {
      const total = Object.values(diff.summary.byDepartement).reduce((sum, counts) => sum + (counts[kind] ?? 0), 0);
      expect(total).toBe(diff.summary.byEvent[kind]);
    }
    expect(Object.keys(diff.summary.byDepartement)).toEqual(expect.arrayContaining(['07', '2A', '2B', '974']));
  });
});
