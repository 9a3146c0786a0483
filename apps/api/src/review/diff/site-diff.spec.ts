import { confirmRemovals, publishedEvents } from './confirm-removals';
import type { SiteEvent } from './events';
import { diffSites, type DiffOptions } from './site-diff';
import { emptySiteRecord, type SiteRecord } from './site-record';

const TODAY = '2026-11-25';

/** A bureau de poste in Tournon-sur-Rhône (07), open, geocoded; overrides change what a test is about. */
function site(id: string, overrides: Partial<SiteRecord> = {}): SiteRecord {
  return {
    ...emptySiteRecord(id, `Site ${id}`),
    categorie: 'point_de_contact',
    type_site: 'bureau_de_poste',
    responsable: 'La Poste',
    adresse: '7 quai Farconnet',
    code_postal: '07300',
    commune: 'Tournon-sur-Rhône',
    code_insee: '07324',
    latitude: 45.070598,
    longitude: 4.828298,
    statut: 'ouvert',
    date_maj: '2026-01-01',
    ...overrides,
  };
}

function diff(previous: SiteRecord[], next: SiteRecord[], options: Partial<DiffOptions> = {}) {
  return diffSites(previous, next, { today: TODAY, ...options });
}

function kinds(events: readonly SiteEvent[]): string[] {
  return events.map((event) => `${event.kind}:${event.siteId}`);
}

/** Moves a point north by a distance in metres. */
function north(latitude: number, meters: number): number {
  return latitude + meters / 111_195;
}

describe('diffSites: matching by id', () => {
  it('reports nothing for identical versions, or when only date_maj changed', () => {
    const result = diff([site('A'), site('B')], [site('A'), site('B', { date_maj: '2026-06-01' })]);
    expect(result.modified).toEqual([]);
    expect(result.events).toEqual([]);
    expect(result.unchangedCount).toBe(2);
  });

  it('lists changed fields in schema order, date_maj included when something else changed', () => {
    const result = diff([site('A')], [site('A', { telephone: '3631', horaires: 'Mo-Fr 09:00-12:00', date_maj: '2026-06-01' })]);
    expect(result.modified).toHaveLength(1);
    expect(result.modified[0].changes).toEqual([
      { field: 'telephone', before: null, after: '3631' },
      { field: 'horaires', before: null, after: 'Mo-Fr 09:00-12:00' },
      { field: 'date_maj', before: '2026-01-01', after: '2026-06-01' },
    ]);
    expect(result.modified[0].events).toEqual([]);
  });

  it('refuses a duplicated id, naming it and its position', () => {
    expect(() => diff([site('A'), site('A')], [])).toThrow('Identifiant de site en double « A » dans la version précédente (site n° 2)');
    expect(() => diff([], [site('B'), site('C'), site('B')])).toThrow('« B » dans la version nouvelle (site n° 3)');
  });

  it('refuses a malformed today', () => {
    expect(() => diffSites([], [], { today: '25/11/2026' })).toThrow('Option today invalide « 25/11/2026 »');
  });

  it('accepts any iterable, read once', () => {
    function* once(): Generator<SiteRecord> {
      yield site('A');
    }
    expect(diffSites(once(), once(), { today: TODAY }).unchangedCount).toBe(1);
  });
});

describe('diffSites: added sites', () => {
  it('opens an added open site, dated by its declared opening', () => {
    const result = diff([], [site('N', { date_ouverture: '2026-03-01' })]);
    expect(result.added.map((s) => s.id)).toEqual(['N']);
    expect(result.events).toEqual([
      expect.objectContaining({ kind: 'opened', siteId: 'N', siteName: 'Site N', date: '2026-03-01', departement: '07' }),
    ]);
  });

  it('plans the opening of an added site by status or by a future date', () => {
    const result = diff([], [site('S', { statut: 'ouverture_prevue' }), site('D', { statut: null, date_ouverture: '2027-01-15' })]);
    expect(kinds(result.events)).toEqual(['planned_opening:S', 'planned_opening:D']);
    expect(result.events[1].date).toBe('2027-01-15');
  });

  it('counts an added site whose opening date is today as opened', () => {
    expect(kinds(diff([], [site('T', { date_ouverture: TODAY })]).events)).toEqual(['opened:T']);
  });

  it('reports an added site with a future closing date as opened with a planned closure', () => {
    const result = diff([], [site('F', { date_fermeture: '2027-06-30' })]);
    expect(kinds(result.events)).toEqual(['opened:F', 'planned_closure:F']);
    expect(result.events[1].date).toBe('2027-06-30');
  });

  it('reports an added site that is already closed as closed', () => {
    expect(kinds(diff([], [site('X', { statut: 'ferme', date_fermeture: '2025-12-31' })]).events)).toEqual(['closed:X']);
  });
});

describe('diffSites: lifecycle of kept sites', () => {
  it('opens a planned site that is now open', () => {
    const result = diff([site('A', { statut: 'ouverture_prevue', date_ouverture: '2026-09-01' })], [site('A', { date_ouverture: '2026-09-01' })]);
    expect(result.events).toEqual([expect.objectContaining({ kind: 'opened', date: '2026-09-01', details: { previousStatus: 'ouverture_prevue', status: 'ouvert' } })]);
  });

  it('closes a site by status, with its declared date and not inferred', () => {
    const result = diff([site('A')], [site('A', { statut: 'ferme', date_fermeture: '2026-10-31' })]);
    expect(result.events).toEqual([expect.objectContaining({ kind: 'closed', date: '2026-10-31', inferred: false })]);
  });

  it('closes a site whose declared closing date fell between the two versions', () => {
    const planned = site('A', { statut: 'fermeture_prevue', date_fermeture: '2026-09-30' });
    const result = diff([planned], [site('A', { statut: 'fermeture_prevue', date_fermeture: '2026-09-30', date_maj: '2026-11-01' })], { previousDate: '2026-06-01' });
    expect(kinds(result.events)).toEqual(['closed:A']);
    expect(result.events[0].date).toBe('2026-09-30');
  });

  it('plans a closure when a future closing date or the status appears, and again when its date moves', () => {
    expect(kinds(diff([site('A')], [site('A', { date_fermeture: '2027-03-31' })]).events)).toEqual(['planned_closure:A']);
    expect(kinds(diff([site('A')], [site('A', { statut: 'fermeture_prevue' })]).events)).toEqual(['planned_closure:A']);
    const postponed = diff([site('A', { statut: 'fermeture_prevue', date_fermeture: '2027-03-31' })], [site('A', { statut: 'fermeture_prevue', date_fermeture: '2027-06-30' })]);
    expect(postponed.events).toEqual([expect.objectContaining({ kind: 'planned_closure', date: '2027-06-30', details: expect.objectContaining({ previousDate: '2027-03-31' }) })]);
  });

  it('does not repeat a planned closure that did not change', () => {
    const planned = site('A', { statut: 'fermeture_prevue', date_fermeture: '2027-03-31' });
    expect(diff([planned], [{ ...planned, telephone: '3631' }]).events).toEqual([]);
  });

  it('plans an opening when a kept site becomes planned or its planned date moves', () => {
    const planned = site('A', { statut: 'ouverture_prevue', date_ouverture: '2027-01-01' });
    const moved = diff([planned], [{ ...planned, date_ouverture: '2027-02-01' }]);
    expect(moved.events).toEqual([expect.objectContaining({ kind: 'planned_opening', date: '2027-02-01', details: expect.objectContaining({ previousDate: '2027-01-01' }) })]);
    expect(diff([planned], [{ ...planned, telephone: '3631' }]).events).toEqual([]);
  });

  it('reopens a closed site', () => {
    expect(kinds(diff([site('A', { statut: 'ferme' })], [site('A')]).events)).toEqual(['reopened:A']);
  });

  it('judges the previous version on previousDate and the new one on today', () => {
    const opening = site('A', { statut: null, date_ouverture: '2026-10-01' });
    expect(kinds(diff([opening], [{ ...opening, telephone: '3631' }], { previousDate: '2026-06-01' }).events)).toEqual(['opened:A']);
  });
});

describe('diffSites: moves and re-geocoding', () => {
  it('moves a site to another address, with the distance', () => {
    const result = diff([site('A')], [site('A', { adresse: '2 place Jean Jaurès', latitude: north(45.070598, 300) })]);
    expect(result.events).toEqual([
      expect.objectContaining({
        kind: 'moved',
        details: expect.objectContaining({ previousAddress: '7 quai Farconnet', address: '2 place Jean Jaurès', distanceMeters: 300 }),
      }),
    ]);
  });

  it('moves a site to another commune', () => {
    const result = diff([site('A')], [site('A', { commune: 'Tain-l’Hermitage', code_insee: '26347', code_postal: '26600' })]);
    expect(kinds(result.events)).toEqual(['moved:A']);
    expect(result.events[0].departement).toBe('26');
  });

  it('does not move a site whose commune was merged into another (renumbering)', () => {
    // Lacalm merged into Argences-en-Aubrac on 1 January 2016.
    const isCommuneRenumbering = (oldCode: string, newCode: string) => oldCode === '12117' && newCode === '12223';
    const before = site('A', { commune: 'Lacalm', code_insee: '12117' });
    const after = site('A', { commune: 'Argences-en-Aubrac', code_insee: '12223' });
    expect(diff([before], [after], { isCommuneRenumbering }).events).toEqual([]);
    expect(kinds(diff([before], [after]).events)).toEqual(['moved:A']);
  });

  it('compares commune names when an INSEE code is missing', () => {
    const before = site('A', { code_insee: null, commune: 'TOURNON SUR RHONE' });
    expect(diff([before], [site('A', { code_insee: null })]).events).toEqual([]);
    expect(kinds(diff([before], [site('A', { code_insee: null, commune: 'Tournon' })]).events)).toEqual(['moved:A']);
  });

  it('does not move a site whose address is only rewritten or made more precise', () => {
    const before = site('A', { adresse: '13 B PL DU GAL DE GAULLE' });
    expect(diff([before], [site('A', { adresse: '13 bis, place du Général-de-Gaulle' })]).events).toEqual([]);
    expect(diff([site('A', { adresse: 'QUAI FARCONNET' })], [site('A')]).events).toEqual([]);
    expect(diff([site('A', { adresse: null })], [site('A')]).events).toEqual([]);
  });

  it('shows new coordinates at the same address as a re-geocoding, outside the summary counts', () => {
    const result = diff([site('A')], [site('A', { latitude: north(45.070598, 60) })]);
    expect(result.events).toEqual([expect.objectContaining({ kind: 'regeocoded', details: { distanceMeters: 60 } })]);
    expect(result.summary.regeocoded).toBe(1);
    expect(Object.values(result.summary.byEvent).every((count) => count === 0)).toBe(true);
    expect(result.summary.byDepartement).toEqual({});
  });

  it('ignores coordinates moving less than 10 m, though the change is listed', () => {
    const result = diff([site('A')], [site('A', { latitude: north(45.070598, 8) })]);
    expect(result.events).toEqual([]);
    expect(result.modified[0].changes.map((change) => change.field)).toEqual(['latitude']);
  });

  it('moves rather than re-geocodes when the address changed too', () => {
    expect(kinds(diff([site('A')], [site('A', { adresse: '1 rue Thiers', latitude: north(45.070598, 60) })]).events)).toEqual(['moved:A']);
  });
});

describe('diffSites: reclassification', () => {
  it('reclassifies a change of type', () => {
    const result = diff([site('A')], [site('A', { type_site: 'agence_postale_communale' })]);
    expect(result.events).toEqual([
      expect.objectContaining({
        kind: 'reclassified',
        details: { previousCategorie: 'point_de_contact', categorie: 'point_de_contact', previousTypeSite: 'bureau_de_poste', typeSite: 'agence_postale_communale' },
      }),
    ]);
  });

  it('reclassifies a change of category', () => {
    expect(kinds(diff([site('A')], [site('A', { categorie: 'etablissement_public' })]).events)).toEqual(['reclassified:A']);
  });

  it('does not reclassify a type filled in for the first time', () => {
    expect(diff([site('A', { type_site: null })], [site('A')]).events).toEqual([]);
  });

  it('names every event of a site that changed several ways', () => {
    const after = site('A', { type_site: 'relais_poste', adresse: '3 rue du Doux', statut: 'fermeture_prevue' });
    expect(kinds(diff([site('A')], [after]).events)).toEqual(['planned_closure:A', 'moved:A', 'reclassified:A']);
  });
});

describe('diffSites: removals and replacements', () => {
  it('reports a missing site as a removal to confirm, not a closure', () => {
    const result = diff([site('A'), site('B')], [site('A')]);
    expect(result.removed.map((s) => s.id)).toEqual(['B']);
    expect(result.events).toEqual([expect.objectContaining({ kind: 'removal_to_confirm', siteId: 'B', details: { alreadyClosed: false, declaredClosingDate: null } })]);
    expect(result.summary.byEvent.closed).toBe(0);
  });

  it('links a removed site and an added one at the same normalised address as a replacement', () => {
    const bureau = site('BP', { adresse: '1 PL DE LA MAIRIE', latitude: null, longitude: null });
    const agence = site('APC', { type_site: 'agence_postale_communale', adresse: '1 place de la Mairie', latitude: null, longitude: null, date_ouverture: '2026-10-01' });
    const result = diff([bureau], [agence]);
    expect(result.events).toEqual([
      {
        kind: 'replaced',
        siteId: 'BP',
        siteName: 'Site BP',
        relatedSiteId: 'APC',
        relatedSiteName: 'Site APC',
        date: '2026-10-01',
        departement: '07',
        details: {
          matchedBy: 'address',
          distanceMeters: null,
          previousTypeSite: 'bureau_de_poste',
          typeSite: 'agence_postale_communale',
          previousCategorie: 'point_de_contact',
          categorie: 'point_de_contact',
          status: 'ouvert',
        },
      },
    ]);
    expect(result.added).toHaveLength(1);
    expect(result.removed).toHaveLength(1);
    expect(result.summary.byEvent).toEqual(expect.objectContaining({ replaced: 1, opened: 0, removal_to_confirm: 0 }));
  });

  it('does not link the same address in another commune', () => {
    const result = diff([site('BP', { adresse: '1 place de la Mairie' })], [site('APC', { adresse: '1 place de la Mairie', code_insee: '07001', commune: 'Accons', latitude: 44.88 })]);
    expect(kinds(result.events)).toEqual(['opened:APC', 'removal_to_confirm:BP']);
  });

  it('links sites of the same commune within 200 m, whatever their addresses', () => {
    const result = diff([site('BP')], [site('RP', { adresse: '12 rue Thiers', latitude: north(45.070598, 150) })]);
    expect(result.events).toEqual([expect.objectContaining({ kind: 'replaced', siteId: 'BP', relatedSiteId: 'RP', details: expect.objectContaining({ matchedBy: 'distance', distanceMeters: 150 }) })]);
  });

  it('does not link sites 250 m apart, nor within 200 m across a commune boundary', () => {
    expect(kinds(diff([site('BP')], [site('RP', { adresse: '12 rue Thiers', latitude: north(45.070598, 250) })]).events)).toEqual(['opened:RP', 'removal_to_confirm:BP']);
    const across = site('RP', { adresse: '12 rue Thiers', code_insee: '26347', commune: 'Tain-l’Hermitage', latitude: north(45.070598, 50) });
    expect(kinds(diff([site('BP')], [across]).events)).toEqual(['opened:RP', 'removal_to_confirm:BP']);
  });

  it('links across a commune renumbering', () => {
    const renumbered = site('APC', { adresse: '7 QUAI FARCONNET', code_insee: '07999' });
    const result = diff([site('BP')], [renumbered], { isCommuneRenumbering: (oldCode, newCode) => oldCode === '07324' && newCode === '07999' });
    expect(kinds(result.events)).toEqual(['replaced:BP']);
  });

  it('matches one to one, nearest first', () => {
    const removed = [site('R1', { adresse: '1 rue A' }), site('R2', { adresse: '2 rue B', latitude: north(45.070598, 100) })];
    const added = [site('N1', { adresse: '3 rue C', latitude: north(45.070598, 90) })];
    const result = diff(removed, added);
    expect(result.replacements.map((pair) => [pair.removed.id, pair.added.id])).toEqual([['R2', 'N1']]);
    expect(kinds(result.events)).toEqual(['replaced:R2', 'removal_to_confirm:R1']);
  });

  it('pairs each of two removed sites with its own successor', () => {
    const removed = [site('R1', { adresse: '1 rue A' }), site('R2', { adresse: '2 rue B', latitude: north(45.070598, 150) })];
    const added = [site('N1', { adresse: '5 rue C', latitude: north(45.070598, 10) }), site('N2', { adresse: '6 rue D', latitude: north(45.070598, 160) })];
    const result = diff(removed, added);
    expect(result.replacements.map((pair) => [pair.removed.id, pair.added.id]).sort()).toEqual([['R1', 'N1'], ['R2', 'N2']]);
  });

  it('prefers the same address to a nearer site', () => {
    const removed = [site('R1', { adresse: '1 rue A' })];
    const added = [site('N1', { adresse: '9 rue Z', latitude: north(45.070598, 5) }), site('N2', { adresse: '1, rue A', latitude: north(45.070598, 120) })];
    expect(diff(removed, added).replacements.map((pair) => pair.added.id)).toEqual(['N2']);
  });

  it('does not link by distance when the commune of either site is unknown', () => {
    const result = diff([site('R1', { code_insee: null, commune: null })], [site('N1', { adresse: '9 rue Z' })]);
    expect(kinds(result.events)).toEqual(['opened:N1', 'removal_to_confirm:R1']);
  });
});

describe('diffSites: summary', () => {
  it('counts events by kind and by département (2A, overseas, unknown)', () => {
    const previous = [site('A', { code_insee: '2A004' }), site('B', { code_insee: '97411' }), site('C')];
    const next = [site('A', { code_insee: '2A004', statut: 'ferme' }), site('B', { code_insee: '97411', type_site: 'relais_poste' }), site('D', { code_insee: null, commune: null, latitude: null, longitude: null })];
    const { summary } = diff(previous, next);
    expect(summary).toEqual(
      expect.objectContaining({ previousCount: 3, nextCount: 3, added: 1, removed: 1, modified: 2, unchanged: 0, regeocoded: 0 }),
    );
    expect(summary.byEvent).toEqual({
      opened: 1,
      reopened: 0,
      closed: 1,
      planned_opening: 0,
      planned_closure: 0,
      moved: 0,
      reclassified: 1,
      replaced: 0,
      removal_to_confirm: 1,
    });
    expect(summary.byDepartement).toEqual({ '2A': { closed: 1 }, '974': { reclassified: 1 }, inconnu: { opened: 1 }, '07': { removal_to_confirm: 1 } });
  });
});

describe('confirmRemovals', () => {
  it('turns each removal into a closure dated at publication, inferred from absence', () => {
    const result = diff([site('A'), site('B')], []);
    expect(confirmRemovals(result, '2026-12-01')).toEqual([
      expect.objectContaining({ kind: 'closed', siteId: 'A', date: '2026-12-01', inferred: true, departement: '07' }),
      expect.objectContaining({ kind: 'closed', siteId: 'B', date: '2026-12-01', inferred: true }),
    ]);
  });

  it('keeps a declared closing date reached by publication, and closes nothing already closed', () => {
    const declared = site('D', { statut: 'fermeture_prevue', date_fermeture: '2026-11-30' });
    const closed = site('C', { statut: 'ferme', date_fermeture: '2025-01-31' });
    const result = diff([declared, closed], [], { previousDate: '2026-10-01' });
    expect(confirmRemovals(result, '2026-12-01')).toEqual([expect.objectContaining({ siteId: 'D', date: '2026-11-30', inferred: false })]);
  });

  it('leaves replaced sites to their replacement', () => {
    const result = diff([site('BP')], [site('APC')]);
    expect(confirmRemovals(result, '2026-12-01')).toEqual([]);
  });
});

describe('publishedEvents', () => {
  it('confirms removals, dates undated replacements at publication and drops re-geocodings', () => {
    const previous = [site('A'), site('BP', { adresse: '1 rue A', code_insee: '07001' }), site('G', { adresse: '3 rue G' })];
    const next = [site('APC', { adresse: '1 rue A', code_insee: '07001' }), site('G', { adresse: '3 rue G', latitude: north(45.070598, 40) })];
    const events = publishedEvents(diff(previous, next), '2026-12-01');
    expect(events.map((event) => [event.kind, event.siteId, event.date, event.inferred])).toEqual([
      ['replaced', 'BP', '2026-12-01', undefined],
      ['closed', 'A', '2026-12-01', true],
    ]);
  });
});
