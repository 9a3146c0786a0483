import type { FieldMapping } from '@maillage/validation';

export interface Submission {
  id: string;
  datasetId: string;
  organizationId: string;
  status: string;
  allowedActions: string[];
  channel: string;
  senderName: string;
  fileName: string;
  fileSize: number;
  detectedFormat: string | null;
  detectedEncoding: string | null;
  detectedDelimiter: string | null;
  mapping: { fields: Record<string, FieldMapping> } | null;
  rowCount: number | null;
  errorCount: number | null;
  warningCount: number | null;
  siteCount: number | null;
  diffSummary: DiffSummary | null;
  failureReason: string | null;
  publishAt: string | null;
  receivedAt: string;
  validatedAt: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  publishedAt: string | null;
}

export interface DiffSummary {
  previousCount: number;
  nextCount: number;
  added: number;
  removed: number;
  modified: number;
  unchanged: number;
  byEvent: Record<string, number>;
  byDepartement: Record<string, Record<string, number>>;
  regeocoded: number;
}

export type SiteRecord = Record<string, string | number | null> & { id: string; nom: string; latitude: number | null; longitude: number | null; code_insee: string | null };

export interface SiteEvent {
  kind: string;
  siteId: string;
  siteName: string;
  relatedSiteId?: string;
  relatedSiteName?: string;
  date?: string | null;
  inferred?: boolean;
  departement: string | null;
  details: Record<string, string | number | boolean | null>;
}

export interface SiteDiff {
  added: SiteRecord[];
  removed: SiteRecord[];
  modified: { id: string; before: SiteRecord; after: SiteRecord; changes: { field: string; before: unknown; after: unknown }[]; events: SiteEvent[] }[];
  unchangedCount: number;
  events: SiteEvent[];
  summary: DiffSummary;
}

export interface Review {
  id: string;
  decision: string;
  comment: string | null;
  reviewerName: string;
  at: string;
  publishAt: string | null;
}

export const IN_PROGRESS = ['received', 'validating'];
