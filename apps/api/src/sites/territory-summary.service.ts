import { Injectable } from '@nestjs/common';
import { findCommune, findDepartement, findEpci, findRegion, populationOf, type TerritoryKind } from '@maillage/territories';
import { PublicationErrorCode, PublicationException, invalidParameter } from '../publication/publication.exception';
import { PublicationClock } from '../publication/publication-clock';
import type { TerritoryFilters } from './public-query';
import { PublicSitesRepository } from './public-sites.repository';
import { publicSite } from './site-view';

const KINDS: readonly TerritoryKind[] = ['region', 'departement', 'epci', 'commune'];
const FILTER_OF: Record<TerritoryKind, keyof TerritoryFilters> = { region: 'region', departement: 'departement', epci: 'epci', commune: 'commune' };

function nameOf(kind: TerritoryKind, code: string): string | undefined {
  switch (kind) {
    case 'region':
      return findRegion(code)?.name;
    case 'departement':
      return findDepartement(code)?.name;
    case 'epci':
      return findEpci(code)?.name;
    case 'commune':
      return findCommune(code)?.name;
  }
}

function per10000(count: number, population: number | undefined): number | null {
  return population ? Math.round((count * 10000 * 100) / population) / 100 : null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * An event counts in the year of its declared date, or, when the producer declared none, of the day it was published:
 * `source_des_dates` says how many of the year's events were dated each way (`publication` also holds a declared date
 * that falls on the publication day, which the stored feed cannot tell apart).
 */
interface YearEvents {
  annee: number;
  ouvertures: number;
  fermetures: number;
  remplacements: number;
  source_des_dates: { declaree: number; publication: number };
}

/** What the public page of a territory shows: presence by category and type, density, State staff, and change over time. */
@Injectable()
export class TerritorySummaryService {
  constructor(
    private readonly sites: PublicSitesRepository,
    private readonly clock: PublicationClock,
  ) {}

  resolve(code: string, type: string | undefined): { kind: TerritoryKind; name: string } {
    if (type !== undefined && !(KINDS as readonly string[]).includes(type)) throw invalidParameter('type', `« ${type} » n’est pas un type de territoire (${KINDS.join(', ')})`);
    const candidates = (type ? [type as TerritoryKind] : KINDS).flatMap((kind) => {
      const name = nameOf(kind, code);
      return name ? [{ kind, name }] : [];
    });
    if (candidates.length === 0) throw new PublicationException(PublicationErrorCode.TerritoryNotFound, `Aucun territoire ${type ? `de type ${type} ` : ''}n’a le code « ${code} »`);
    if (candidates.length > 1) {
      throw new PublicationException(
        PublicationErrorCode.TerritoryAmbiguous,
        `Le code « ${code} » désigne plusieurs territoires (${candidates.map((candidate) => `${candidate.kind} ${candidate.name}`).join(', ')}) : précisez ?type=${candidates.map((candidate) => candidate.kind).join('|')}`,
      );
    }
    return candidates[0];
  }

  async summary(code: string, type: string | undefined) {
    const { kind, name } = this.resolve(code, type);
    const territory: TerritoryFilters = { [FILTER_OF[kind]]: code };
    const now = this.clock.now();
    const today = now.toISOString().slice(0, 10);
    const horizonDate = new Date(now);
    horizonDate.setUTCFullYear(horizonDate.getUTCFullYear() + 1);
    const horizon = horizonDate.toISOString().slice(0, 10);
    const population = populationOf(kind, code);
    const [groups, years, planned] = await Promise.all([this.sites.countsByCategoryAndType(territory, today), this.sites.eventsByYear(territory), this.sites.planned(territory, today, horizon)]);

    const byCategory: Record<string, { sites: number; pour_10000_habitants: number | null; etp: number | null; sites_avec_etp: number; par_type: Record<string, number> }> = {};
    let total = 0;
    let etpTotal = 0;
    let etpSites = 0;
    for (const group of groups) {
      const category = group.categorie ?? 'non_renseignee';
      const entry = (byCategory[category] ??= { sites: 0, pour_10000_habitants: null, etp: null, sites_avec_etp: 0, par_type: {} });
      entry.sites += group.sites;
      entry.par_type[group.type_site ?? 'non_renseigne'] = (entry.par_type[group.type_site ?? 'non_renseigne'] ?? 0) + group.sites;
      if (group.etp !== null) entry.etp = round((entry.etp ?? 0) + group.etp);
      entry.sites_avec_etp += group.etp_sites;
      total += group.sites;
      etpTotal += group.etp ?? 0;
      etpSites += group.etp_sites;
    }
    for (const entry of Object.values(byCategory)) entry.pour_10000_habitants = per10000(entry.sites, population);
    const byType: Record<string, number> = {};
    for (const group of groups) byType[group.type_site ?? 'non_renseigne'] = (byType[group.type_site ?? 'non_renseigne'] ?? 0) + group.sites;

    const perYear = new Map<string, YearEvents>();
    for (const { year, kind: eventKind, dateSource, count } of years) {
      const entry = perYear.get(year) ?? { annee: Number(year), ouvertures: 0, fermetures: 0, remplacements: 0, source_des_dates: { declaree: 0, publication: 0 } };
      if (eventKind === 'closed') entry.fermetures += count;
      else if (eventKind === 'replaced') entry.remplacements += count;
      else entry.ouvertures += count;
      entry.source_des_dates[dateSource === 'declared' ? 'declaree' : 'publication'] += count;
      perYear.set(year, entry);
    }
    return {
      territoire: { type: kind, code, nom: name, population: population ?? null },
      date: today,
      sites_ouverts: {
        total,
        pour_10000_habitants: per10000(total, population),
        par_categorie: byCategory,
        par_type: byType,
      },
      etp_etat: { total: etpSites > 0 ? round(etpTotal) : null, sites_avec_etp: etpSites, par_categorie: Object.fromEntries(Object.entries(byCategory).map(([category, entry]) => [category, entry.etp])) },
      evenements_par_annee: [...perYear.values()].sort((a, b) => a.annee - b.annee),
      prevus_12_mois: {
        jusqu_au: horizon,
        ouvertures: planned.openings.map(publicSite),
        fermetures: planned.closures.map(publicSite),
      },
    };
  }
}
