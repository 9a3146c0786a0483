import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FranceMap, type MapPoint } from '../map/FranceMap';
import { formatCount } from './format';
import type { SiteDiff, SiteRecord } from './types';

const COLORS = { added: '#18753c', removed: '#b3261e', modified: '#000091' };
const LIMIT = 50;

function point(site: SiteRecord, kind: keyof typeof COLORS, label: string): MapPoint[] {
  if (typeof site.latitude !== 'number' || typeof site.longitude !== 'number') return [];
  return [{ key: `${kind}-${site.id}`, latitude: site.latitude, longitude: site.longitude, label: `${label} : ${site.nom}`, color: COLORS[kind] }];
}

function show(value: unknown): string {
  return value === null || value === undefined || value === '' ? '∅' : String(value);
}

/** What the submission changes in the published list: counts, named events, sites added, removed, modified, and a map. */
export const DiffView = ({ diff }: { diff: SiteDiff }) => {
  const translate = useTranslate();
  const { summary } = diff;
  const points = [
    ...diff.added.flatMap((site) => point(site, 'added', translate('maillage.diff.added'))),
    ...diff.removed.flatMap((site) => point(site, 'removed', translate('maillage.diff.removed'))),
    ...diff.modified.flatMap((site) => point(site.after, 'modified', translate('maillage.diff.modified'))),
  ];
  const departements = Object.keys(summary.byDepartement).filter((code) => code !== 'inconnu');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} data-testid="diff-counts">
        <Chip label={translate('maillage.diff.countAdded', { count: formatCount(summary.added) })} sx={{ bgcolor: '#b8fec9' }} />
        <Chip label={translate('maillage.diff.countRemoved', { count: formatCount(summary.removed) })} sx={{ bgcolor: '#ffe9e9' }} />
        <Chip label={translate('maillage.diff.countModified', { count: formatCount(summary.modified) })} sx={{ bgcolor: '#e3e3fd' }} />
        <Chip label={translate('maillage.diff.countUnchanged', { count: formatCount(summary.unchanged) })} variant="outlined" />
      </Box>
      <Box>
        <Typography component="h3" variant="h6" gutterBottom>
          {translate('maillage.diff.events')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {Object.entries(summary.byEvent)
            .filter(([, count]) => count > 0)
            .map(([kind, count]) => (
              <Chip key={kind} label={`${translate(`maillage.events.${kind}`, { _: kind })} : ${formatCount(count)}`} variant="outlined" />
            ))}
          {Object.values(summary.byEvent).every((count) => count === 0) && <Typography>{translate('maillage.diff.noEvent')}</Typography>}
        </Box>
      </Box>
      <FranceMap
        title={translate('maillage.diff.mapTitle')}
        points={points}
        focus={departements.length <= 12 ? departements : []}
        legend={[
          { label: translate('maillage.diff.added'), color: COLORS.added },
          { label: translate('maillage.diff.removed'), color: COLORS.removed },
          { label: translate('maillage.diff.modified'), color: COLORS.modified },
        ]}
      />
      {diff.events.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('maillage.diff.events')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('maillage.diff.event')}</TableCell>
                <TableCell>{translate('maillage.diff.site')}</TableCell>
                <TableCell>{translate('maillage.diff.date')}</TableCell>
                <TableCell>{translate('maillage.diff.departement')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {diff.events.slice(0, LIMIT).map((event, index) => (
                <TableRow key={`${event.kind}-${event.siteId}-${index}`}>
                  <TableCell>{translate(`maillage.events.${event.kind}`, { _: event.kind })}</TableCell>
                  <TableCell>
                    {event.siteName} <code>{event.siteId}</code>
                    {event.relatedSiteName ? ` → ${event.relatedSiteName}` : ''}
                  </TableCell>
                  <TableCell>{event.date ?? '—'}</TableCell>
                  <TableCell>{event.departement ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {diff.events.length > LIMIT && <Typography variant="body2">{translate('maillage.diff.more', { count: diff.events.length - LIMIT })}</Typography>}
        </Box>
      )}
      {diff.modified.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Typography component="h3" variant="h6" gutterBottom>
            {translate('maillage.diff.modifiedTitle')}
          </Typography>
          <Table size="small" aria-label={translate('maillage.diff.modifiedTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('maillage.diff.site')}</TableCell>
                <TableCell>{translate('maillage.diff.field')}</TableCell>
                <TableCell>{translate('maillage.diff.change')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {diff.modified.slice(0, LIMIT).flatMap((site) =>
                site.changes.map((change) => (
                  <TableRow key={`${site.id}-${change.field}`}>
                    <TableCell>{site.after.nom}</TableCell>
                    <TableCell>
                      <code>{change.field}</code>
                    </TableCell>
                    <TableCell>
                      <del>{show(change.before)}</del> → <ins>{show(change.after)}</ins>
                    </TableCell>
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
        </Box>
      )}
      {[
        ['added', diff.added],
        ['removed', diff.removed],
      ].map(([kind, sites]) =>
        (sites as SiteRecord[]).length > 0 ? (
          <Box key={kind as string} sx={{ overflowX: 'auto' }}>
            <Typography component="h3" variant="h6" gutterBottom>
              {translate(`maillage.diff.${kind}Title`, { count: formatCount((sites as SiteRecord[]).length) })}
            </Typography>
            <Table size="small" aria-label={translate(`maillage.diff.${kind}Title`, { count: (sites as SiteRecord[]).length })}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('maillage.diff.identifier')}</TableCell>
                  <TableCell>{translate('maillage.diff.site')}</TableCell>
                  <TableCell>{translate('maillage.diff.commune')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {(sites as SiteRecord[]).slice(0, LIMIT).map((site) => (
                  <TableRow key={site.id}>
                    <TableCell>
                      <code>{site.id}</code>
                    </TableCell>
                    <TableCell>{site.nom}</TableCell>
                    <TableCell>
                      {show(site.commune)} ({show(site.code_insee)})
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {(sites as SiteRecord[]).length > LIMIT && <Typography variant="body2">{translate('maillage.diff.more', { count: (sites as SiteRecord[]).length - LIMIT })}</Typography>}
          </Box>
        ) : null,
      )}
    </Box>
  );
};
