/**
 * # The difference between two versions of a producer's list of sites
 *
 * `diffSites(previous, next, { today, previousDate?, isCommuneRenumbering? })` matches sites by `id` and reports
 * every site added, removed or modified (field by field), and names the events that matter to the public.
 * `today` is the day the new version is judged on (planned vs reached dates); `previousDate` (default: `today`) is
 * the day the previous version was published, so that a closing date that fell between the two versions is seen.
 *
 * ## When each event fires
 *
 * A site's *lifecycle* on a day is `closed` when `statut = ferme` or its `date_fermeture` is on or before that day;
 * `planned` when `statut = ouverture_prevue` or its `date_ouverture` is after that day; `open` otherwise (an empty
 * status is open). Its closure is *planned* when it is not closed and `statut = fermeture_prevue` or its
 * `date_fermeture` is after that day. The previous version is judged on `previousDate`, the new one on `today`.
 *
 * - **opened**: an added site that is open (date: its `date_ouverture`, if any); a kept site going planned → open.
 * - **reopened**: a kept site going closed → open.
 * - **planned_opening**: an added site that is planned; a kept site becoming planned, or whose planned opening
 *   date changes (`details.previousDate`).
 * - **closed**: an added site that is already closed; a kept site becoming closed, by its status or because its
 *   declared `date_fermeture` is reached (`inferred: false`, date: the declared date). Closures inferred from
 *   absence are not produced by the diff but by `confirmRemovals` at approval (`inferred: true`).
 * - **planned_closure**: a site whose closure becomes planned, or whose planned closing date changes.
 * - **moved**: a kept site whose commune changed (INSEE code, or commune name when a code is missing), unless
 *   `isCommuneRenumbering(oldCode, newCode)` says the new code is the old commune merged into another; or whose
 *   address designates another place: normalised addresses (see `address.ts`: case, accents, punctuation,
 *   abbreviations, articles) differ in street, or in house number when both have one. A number added to the same
 *   street is a correction, and an address appearing where there was none is a completion: neither is a move.
 * - **regeocoded**: a kept site that did not move but whose coordinates moved more than 10 m. Listed so a reviewer
 *   sees it, but not counted in the summary: the place is the same.
 * - **reclassified**: `categorie` or `type_site` changed (both sides filled).
 * - **replaced**: a removed site and an added site at the same place — same commune (or renumbering) and within
 *   200 m, or same commune and same normalised address — matched one to one (`replacements.ts`). `siteId` is the
 *   removed site, `relatedSiteId` its successor, `date` the successor's `date_ouverture`; the pair yields this event
 *   only, not a removal and an opening.
 * - **removal_to_confirm**: a site absent from the new version and not replaced. Absence is not a closure until a
 *   reviewer approves the submission: `confirmRemovals` turns these into closures (`details.alreadyClosed` and
 *   `details.declaredClosingDate` say whether the site had closed already, or declared when it would).
 *
 * A kept site whose only difference is `date_maj` is unchanged, though it may still have an event of its own when a
 * declared date fell between `previousDate` and `today`. Events carry the département of their site
 * (`departement.ts`); `summary.byDepartement` files events without one under `inconnu`.
 *
 * Cost: one Map of the previous version, one pass over the new one, normalisation only of addresses that differ,
 * and replacement candidates through an address index and a spatial grid: linear in the number of sites.
 */
import { addressesDiffer, foldText } from './address';
import { departementOf } from './departement';
import type { SiteEvent } from './events';
import { distanceMeters } from './geo';
import { closurePlannedOn, lifecycleOn } from './lifecycle';
import { matchReplacements, type Replacement } from './replacements';
import { SITE_FIELDS, type IsoDate, type SiteField, type SiteRecord } from './site-record';
import { summariseEvents, type DiffSummary } from './summary';

/** Coordinates moving less than this are rounding and re-projection noise, not even a re-geocoding. */
export const REGEOCODING_THRESHOLD_METERS = 10;

export interface DiffOptions {
  today: IsoDate;
  previousDate?: IsoDate;
  /** True when `newCode` is the commune `oldCode` was merged into (e.g. from `@maillage/territories`). */
  isCommuneRenumbering?: (oldCode: string, newCode: string) => boolean;
}

export interface FieldChange {
  field: SiteField;
  before: SiteRecord[SiteField];
  after: SiteRecord[SiteField];
}

export interface ModifiedSite {
  id: string;
  before: SiteRecord;
  after: SiteRecord;
  changes: FieldChange[];
  events: SiteEvent[];
}

export interface SiteDiff {
  /** Sites of the new version whose id was not in the previous one, in the new file's order. */
  added: SiteRecord[];
  /** Sites of the previous version whose id is gone, in the previous file's order (replaced ones included). */
  removed: SiteRecord[];
  modified: ModifiedSite[];
  replacements: Replacement[];
  unchangedCount: number;
  events: SiteEvent[];
  summary: DiffSummary;
}

export function diffSites(previous: Iterable<SiteRecord>, next: Iterable<SiteRecord>, options: DiffOptions): SiteDiff {
  assertIsoDate(options.today, 'today');
  if (options.previousDate !== undefined) assertIsoDate(options.previousDate, 'previousDate');
  const context: DiffContext = {
    today: options.today,
    previousDate: options.previousDate ?? options.today,
    isRenumbering: options.isCommuneRenumbering ?? (() => false),
  };

  const previousById = indexById(previous, 'précédente');
  const seen = new Set<string>();
  const added: SiteRecord[] = [];
  const modified: ModifiedSite[] = [];
  const datedEvents: SiteEvent[] = [];
  let unchangedCount = 0;
  let position = 0;
  for (const site of next) {
    position++;
    if (seen.has(site.id)) throw duplicateIdError(site.id, 'nouvelle', position);
    seen.add(site.id);
    const before = previousById.get(site.id);
    if (!before) {
      added.push(site);
      continue;
    }
    const changes = fieldChanges(before, site);
    if (changes.length > 0) {
      modified.push({ id: site.id, before, after: site, changes, events: keptSiteEvents(before, site, changes, context) });
    } else {
      unchangedCount++;
      // A declared date may have been reached between the two versions with nothing rewritten.
      const dated = site.date_ouverture !== null || site.date_fermeture !== null;
      if (dated && context.previousDate !== context.today) datedEvents.push(...keptSiteEvents(before, site, changes, context));
    }
  }
  const removed: SiteRecord[] = [];
  for (const site of previousById.values()) if (!seen.has(site.id)) removed.push(site);

  const replacements = matchReplacements(removed, added, (old, site) => communeRelation(old, site, context) === 'same');
  const replacedIds = new Set(replacements.map((pair) => pair.removed.id));
  const replacementIds = new Set(replacements.map((pair) => pair.added.id));

  const events: SiteEvent[] = [...modified.flatMap((site) => site.events), ...datedEvents];
  for (const site of added) if (!replacementIds.has(site.id)) events.push(...addedSiteEvents(site, context));
  for (const pair of replacements) events.push(replacementEvent(pair));
  for (const site of removed) if (!replacedIds.has(site.id)) events.push(removalEvent(site, context));

  return {
    added,
    removed,
    modified,
    replacements,
    unchangedCount,
    events,
    summary: summariseEvents(events, {
      previousCount: previousById.size,
      nextCount: position,
      added: added.length,
      removed: removed.length,
      modified: modified.length,
      unchanged: unchangedCount,
    }),
  };
}

interface DiffContext {
  today: IsoDate;
  previousDate: IsoDate;
  isRenumbering: (oldCode: string, newCode: string) => boolean;
}

function indexById(sites: Iterable<SiteRecord>, version: string): Map<string, SiteRecord> {
  const byId = new Map<string, SiteRecord>();
  let position = 0;
  for (const site of sites) {
    position++;
    if (byId.has(site.id)) throw duplicateIdError(site.id, version, position);
    byId.set(site.id, site);
  }
  return byId;
}

function duplicateIdError(id: string, version: string, position: number): Error {
  return new Error(`Identifiant de site en double « ${id} » dans la version ${version} (site n° ${position}) : chaque site doit avoir un identifiant unique.`);
}

function assertIsoDate(value: string, option: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Option ${option} invalide « ${value} » : date attendue au format AAAA-MM-JJ.`);
}

/** Every differing field in schema order; none when only `date_maj` differs. */
function fieldChanges(before: SiteRecord, after: SiteRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  let meaningful = false;
  for (const field of SITE_FIELDS) {
    if (before[field] === after[field]) continue;
    changes.push({ field, before: before[field], after: after[field] });
    if (field !== 'date_maj') meaningful = true;
  }
  return meaningful ? changes : [];
}

/** Same commune by INSEE code (or renumbering), by folded name when a code is missing; unknown without either. */
function communeRelation(before: SiteRecord, after: SiteRecord, context: DiffContext): 'same' | 'different' | 'unknown' {
  if (before.code_insee !== null && after.code_insee !== null) {
    const same = before.code_insee === after.code_insee || context.isRenumbering(before.code_insee, after.code_insee);
    return same ? 'same' : 'different';
  }
  if (before.commune !== null && after.commune !== null) {
    return foldText(before.commune) === foldText(after.commune) ? 'same' : 'different';
  }
  return 'unknown';
}

function keptSiteEvents(before: SiteRecord, after: SiteRecord, changes: FieldChange[], context: DiffContext): SiteEvent[] {
  const events: SiteEvent[] = [];
  const event = (kind: SiteEvent['kind'], details: SiteEvent['details'], extra: Partial<SiteEvent> = {}): void => {
    events.push({ kind, siteId: after.id, siteName: after.nom, departement: departementOf(after.code_insee), details, ...extra });
  };
  const changed = new Set(changes.map((change) => change.field));

  const was = lifecycleOn(before, context.previousDate);
  const now = lifecycleOn(after, context.today);
  const status = { previousStatus: before.statut, status: after.statut };
  if (now === 'closed' && was !== 'closed') {
    event('closed', status, { date: after.date_fermeture, inferred: false });
  } else if (now === 'open' && was === 'planned') {
    event('opened', status, { date: after.date_ouverture });
  } else if (now === 'open' && was === 'closed') {
    event('reopened', status, { date: after.date_ouverture });
  } else if (now === 'planned' && (was !== 'planned' || changed.has('date_ouverture'))) {
    event('planned_opening', { ...status, previousDate: was === 'planned' ? before.date_ouverture : null }, { date: after.date_ouverture });
  }
  const closurePlanned = closurePlannedOn(after, context.today);
  if (closurePlanned && (!closurePlannedOn(before, context.previousDate) || changed.has('date_fermeture'))) {
    event('planned_closure', { ...status, previousDate: before.date_fermeture }, { date: after.date_fermeture });
  }

  const distance = distanceMeters(before, after);
  const communeChanged =
    (changed.has('code_insee') || changed.has('commune')) && communeRelation(before, after, context) === 'different';
  if (communeChanged || (changed.has('adresse') && addressesDiffer(before.adresse, after.adresse))) {
    event('moved', {
      previousAddress: before.adresse,
      address: after.adresse,
      previousCommune: before.commune,
      commune: after.commune,
      previousCodeInsee: before.code_insee,
      codeInsee: after.code_insee,
      distanceMeters: distance === null ? null : Math.round(distance),
    });
  } else if (distance !== null && distance > REGEOCODING_THRESHOLD_METERS) {
    event('regeocoded', { distanceMeters: Math.round(distance) });
  }

  const categoryChanged = changed.has('categorie') && before.categorie !== null && after.categorie !== null;
  const typeChanged = changed.has('type_site') && before.type_site !== null && after.type_site !== null;
  if (categoryChanged || typeChanged) {
    event('reclassified', {
      previousCategorie: before.categorie,
      categorie: after.categorie,
      previousTypeSite: before.type_site,
      typeSite: after.type_site,
    });
  }
  return events;
}

function addedSiteEvents(site: SiteRecord, context: DiffContext): SiteEvent[] {
  const base = { siteId: site.id, siteName: site.nom, departement: departementOf(site.code_insee) };
  const details = { status: site.statut, typeSite: site.type_site };
  const events: SiteEvent[] = [];
  const lifecycle = lifecycleOn(site, context.today);
  if (lifecycle === 'closed') events.push({ ...base, kind: 'closed', date: site.date_fermeture, inferred: false, details });
  else events.push({ ...base, kind: lifecycle === 'open' ? 'opened' : 'planned_opening', date: site.date_ouverture, details });
  if (closurePlannedOn(site, context.today)) events.push({ ...base, kind: 'planned_closure', date: site.date_fermeture, details });
  return events;
}

function replacementEvent(pair: Replacement): SiteEvent {
  return {
    kind: 'replaced',
    siteId: pair.removed.id,
    siteName: pair.removed.nom,
    relatedSiteId: pair.added.id,
    relatedSiteName: pair.added.nom,
    date: pair.added.date_ouverture,
    departement: departementOf(pair.added.code_insee) ?? departementOf(pair.removed.code_insee),
    details: {
      matchedBy: pair.matchedBy,
      distanceMeters: pair.distanceMeters === null ? null : Math.round(pair.distanceMeters),
      previousTypeSite: pair.removed.type_site,
      typeSite: pair.added.type_site,
      previousCategorie: pair.removed.categorie,
      categorie: pair.added.categorie,
      status: pair.added.statut,
    },
  };
}

function removalEvent(site: SiteRecord, context: DiffContext): SiteEvent {
  return {
    kind: 'removal_to_confirm',
    siteId: site.id,
    siteName: site.nom,
    departement: departementOf(site.code_insee),
    details: {
      alreadyClosed: lifecycleOn(site, context.previousDate) === 'closed',
      declaredClosingDate: site.date_fermeture,
    },
  };
}
