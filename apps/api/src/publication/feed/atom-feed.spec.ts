/**
 * @jest-environment jsdom
 */
// jsdom's DOMParser is a strict XML parser: a feed it reads without <parsererror> is well-formed.
import { diffSites } from '../../review/diff/site-diff';
import { confirmRemovals } from '../../review/diff/confirm-removals';
import type { SiteEvent } from '../../review/diff/events';
import { emptySiteRecord, type SiteRecord } from '../../review/diff/site-record';
import { renderAtomFeed, type AtomFeedOptions, type FeedEvent } from './atom-feed';
import { escapeXml } from './xml';

const ATOM = 'http://www.w3.org/2005/Atom';
const OPTIONS: AtomFeedOptions = {
  title: 'Maillage : évolutions en Ardèche',
  selfUrl: 'https://maillage.example.gouv.fr/flux/departements/07.atom',
  updated: '2026-12-01T09:30:00Z',
  territoryLabel: 'Ardèche (07)',
};

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`XML mal formé : ${error.textContent}`);
  return document;
}

function entries(document: Document): Array<Record<string, string>> {
  return Array.from(document.getElementsByTagNameNS(ATOM, 'entry')).map((entry) => ({
    id: entry.getElementsByTagNameNS(ATOM, 'id')[0].textContent ?? '',
    title: entry.getElementsByTagNameNS(ATOM, 'title')[0].textContent ?? '',
    updated: entry.getElementsByTagNameNS(ATOM, 'updated')[0].textContent ?? '',
    term: entry.getElementsByTagNameNS(ATOM, 'category')[0].getAttribute('term') ?? '',
    label: entry.getElementsByTagNameNS(ATOM, 'category')[0].getAttribute('label') ?? '',
    summary: entry.getElementsByTagNameNS(ATOM, 'summary')[0].textContent ?? '',
  }));
}

function event(kind: SiteEvent['kind'], overrides: Partial<FeedEvent> = {}): FeedEvent {
  return { kind, siteId: '01145A', siteName: 'Bureau de poste de Tournon-sur-Rhône', departement: '07', details: {}, ...overrides };
}

function site(id: string, nom: string, overrides: Partial<SiteRecord> = {}): SiteRecord {
  return {
    ...emptySiteRecord(id, nom),
    categorie: 'point_de_contact',
    type_site: 'bureau_de_poste',
    adresse: '7 quai Farconnet',
    commune: 'Tournon-sur-Rhône',
    code_insee: '07324',
    latitude: 45.070598,
    longitude: 4.828298,
    statut: 'ouvert',
    ...overrides,
  };
}

describe('renderAtomFeed', () => {
  it('is checked by a parser that does reject malformed XML', () => {
    expect(() => parse('<feed><title>a & b</title></feed>')).toThrow('XML mal formé');
    expect(() => parse('<feed><title>\u0001</title></feed>')).toThrow('XML mal formé');
  });

  it('writes a well-formed Atom feed with its id, self link, dates and author', () => {
    const document = parse(renderAtomFeed([], OPTIONS));
    const feed = document.documentElement;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.getAttribute('xml:lang')).toBe('fr');
    expect(feed.getElementsByTagNameNS(ATOM, 'id')[0].textContent).toBe(OPTIONS.selfUrl);
    expect(feed.getElementsByTagNameNS(ATOM, 'updated')[0].textContent).toBe('2026-12-01T09:30:00Z');
    expect(feed.getElementsByTagNameNS(ATOM, 'subtitle')[0].textContent).toContain('Ardèche (07)');
    expect(feed.getElementsByTagNameNS(ATOM, 'link')[0].getAttribute('rel')).toBe('self');
    expect(feed.getElementsByTagNameNS(ATOM, 'author')[0].textContent).toBe('Maillage');
  });

  it('titles entries in French with the département', () => {
    const [entry] = entries(parse(renderAtomFeed([event('closed', { date: '2026-10-31', inferred: false })], OPTIONS)));
    expect(entry.title).toBe('Fermeture : Bureau de poste de Tournon-sur-Rhône (07)');
    expect(entry.summary).toBe('Fermeture déclarée par le producteur, effective le 31 octobre 2026.');
    expect(entry).toEqual(expect.objectContaining({ term: 'closed', label: 'Fermeture' }));
  });

  it('says a closure inferred from absence is one', () => {
    const [entry] = entries(parse(renderAtomFeed([event('closed', { date: '2026-12-01', inferred: true })], OPTIONS)));
    expect(entry.summary).toBe('Absent de la liste publiée le 1er décembre 2026 : fermeture constatée par absence dans la liste publiée.');
  });

  it('names both sites of a replacement', () => {
    const replaced = event('replaced', {
      siteName: 'MEYSSE BP',
      relatedSiteId: '12498D',
      relatedSiteName: 'MEYSSE AP',
      details: { matchedBy: 'address', distanceMeters: 9, previousTypeSite: 'bureau_de_poste', typeSite: 'agence_postale_communale' },
    });
    const [entry] = entries(parse(renderAtomFeed([replaced], OPTIONS)));
    expect(entry.title).toBe('Remplacement : MEYSSE BP remplacé par MEYSSE AP (07)');
    expect(entry.summary).toBe('MEYSSE AP (agence postale communale) remplace MEYSSE BP (bureau de poste), à la même adresse.');
  });

  it('escapes markup, ampersands and quotes, and drops characters XML forbids', () => {
    const nasty = event('opened', { siteName: 'Maison <France> "services" & Cie \u0001\uFFFE', siteId: 'a&b' });
    const xml = renderAtomFeed([nasty], { ...OPTIONS, title: 'Flux <test> & "guillemets"', alternateUrl: 'https://exemple.fr/?a=1&b=2' });
    const document = parse(xml);
    expect(entries(document)[0].title).toBe('Ouverture : Maison <France> "services" & Cie  (07)');
    expect(document.documentElement.getElementsByTagNameNS(ATOM, 'title')[0].textContent).toBe('Flux <test> & "guillemets"');
    expect(document.getElementsByTagNameNS(ATOM, 'link')[1].getAttribute('href')).toBe('https://exemple.fr/?a=1&b=2');
    expect(entries(document)[0].id).toContain('/opened/a%26b');
  });

  it('dates entries by their publication and gives each a stable tag URI', () => {
    const published = event('moved', { publishedAt: '2026-11-20T14:00:00Z', details: { address: '2 place Jean Jaurès', commune: 'Tournon-sur-Rhône', previousAddress: '7 quai Farconnet', previousCommune: 'Tournon-sur-Rhône', distanceMeters: 300 } });
    const [entry] = entries(parse(renderAtomFeed([published], OPTIONS)));
    expect(entry.updated).toBe('2026-11-20T14:00:00Z');
    expect(entry.id).toBe('tag:maillage.example.gouv.fr,2026-11-20:evenement/2026-11-20T14:00:00Z/moved/01145A');
    expect(entry.summary).toBe('Nouvelle adresse : 2 place Jean Jaurès, Tournon-sur-Rhône (auparavant : 7 quai Farconnet, Tournon-sur-Rhône), à 300 m.');
  });

  it('renders every event of a real diff and its confirmed removals', () => {
    const previous = [
      site('A', 'Bureau de poste de Tournon-sur-Rhône'),
      site('B', 'Bureau de poste de Meysse', { adresse: 'place de la Mairie', code_insee: '07157' }),
      site('C', 'Bureau de poste de Cornas', { code_insee: '07070' }),
      site('D', 'Relais poste de Boffres', { code_insee: '07036' }),
      site('E', 'Agence postale de Lalouvesc', { code_insee: '07128', statut: 'ouverture_prevue', date_ouverture: '2027-02-01' }),
    ];
    const next = [
      site('A', 'Bureau de poste de Tournon-sur-Rhône', { statut: 'fermeture_prevue', date_fermeture: '2027-06-30', adresse: '1 rue Thiers' }),
      site('M', 'Agence postale communale de Meysse', { type_site: 'agence_postale_communale', adresse: 'Place de la Mairie', code_insee: '07157' }),
      site('C', 'Agence postale communale de Cornas', { code_insee: '07070', type_site: 'agence_postale_communale', categorie: 'presence_etat' }),
      site('E', 'Agence postale de Lalouvesc', { code_insee: '07128', statut: 'ouverture_prevue', date_ouverture: '2027-03-01' }),
      site('F', 'France services de Privas', { code_insee: '07186', type_site: 'france_services', latitude: 44.73 }),
    ];
    const diff = diffSites(previous, next, { today: '2026-12-01' });
    const events = [...diff.events, ...confirmRemovals(diff, '2026-12-01')];
    const rendered = entries(parse(renderAtomFeed(events, OPTIONS)));
    expect(rendered.map((entry) => entry.title)).toEqual([
      'Fermeture prévue : Bureau de poste de Tournon-sur-Rhône (07)',
      'Déménagement : Bureau de poste de Tournon-sur-Rhône (07)',
      'Changement de catégorie : Agence postale communale de Cornas (07)',
      'Ouverture prévue : Agence postale de Lalouvesc (07)',
      'Ouverture : France services de Privas (07)',
      'Remplacement : Bureau de poste de Meysse remplacé par Agence postale communale de Meysse (07)',
      'Retrait à confirmer : Relais poste de Boffres (07)',
      'Fermeture : Relais poste de Boffres (07)',
    ]);
    expect(rendered[0].summary).toBe('Fermeture prévue le 30 juin 2027.');
    expect(rendered[3].summary).toBe('Ouverture prévue le 1er mars 2027 (auparavant prévue le 1er février 2027).');
    expect(rendered[4].summary).toBe('Nouveau site dans la liste publiée.');
    expect(rendered[7].summary).toContain('fermeture constatée par absence dans la liste publiée');
    expect(new Set(rendered.map((entry) => entry.id)).size).toBe(rendered.length);
  });

  it('refuses an invalid update date', () => {
    expect(() => renderAtomFeed([], { ...OPTIONS, updated: 'hier' })).toThrow('Date de flux invalide « hier »');
  });
});

describe('escapeXml', () => {
  it('keeps tabs, line breaks and characters beyond the BMP, drops lone surrogates', () => {
    expect(escapeXml('a\tb\nc 🚌 \uD800d')).toBe('a\tb\nc 🚌 d');
  });
});
