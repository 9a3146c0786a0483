import { Alert, Box, LinearProgress, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { sitePage, type SitePage, type TerritoryKind } from './territoryApi';

const PAGE_SIZES = [10, 25, 50];

/** The territory's sites, one page at a time from the public API. */
export const SiteTable = ({ kind, code }: { kind: TerritoryKind; code: string }) => {
  const translate = useTranslate();
  const headingId = useId();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(PAGE_SIZES[0]);
  const [result, setResult] = useState<SitePage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setError(null);
    sitePage(kind, code, page + 1, perPage).then(
      (found) => current && setResult(found),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [kind, code, page, perPage]);

  return (
    <Box>
      <Typography component="h2" variant="h5" gutterBottom id={headingId}>
        {translate('maillage.territory.siteList.title')}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {!result && !error && <LinearProgress aria-label={translate('ra.page.loading')} />}
      {result && result.total === 0 && <Typography>{translate('maillage.territory.siteList.empty')}</Typography>}
      {result && result.total > 0 && (
        <>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-labelledby={headingId} data-testid="site-table">
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{translate('maillage.territory.siteList.name')}</TableCell>
                  <TableCell scope="col">{translate('maillage.territory.siteList.type')}</TableCell>
                  <TableCell scope="col">{translate('maillage.territory.siteList.commune')}</TableCell>
                  <TableCell scope="col">{translate('maillage.territory.siteList.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.data.map((site) => (
                  <TableRow key={site.identifiant}>
                    <TableCell component="th" scope="row">
                      {site.nom}
                    </TableCell>
                    <TableCell>{site.type_site?.replace(/_/g, ' ') ?? '—'}</TableCell>
                    <TableCell>{site.commune ?? '—'}</TableCell>
                    <TableCell>{site.statut ? translate(`maillage.territory.siteList.statuses.${site.statut}`, { _: site.statut }) : '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          <TablePagination
            component="div"
            count={result.total}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_, next) => setPage(next)}
            onRowsPerPageChange={(event) => {
              setPerPage(Number(event.target.value));
              setPage(0);
            }}
            // On a phone the navigation buttons go to a second line instead of being clipped by the card.
            sx={{ '.MuiTablePagination-toolbar': { flexWrap: 'wrap', rowGap: 1 } }}
            showFirstButton
            showLastButton
            labelRowsPerPage={translate('maillage.territory.siteList.perPage')}
            labelDisplayedRows={({ from, to, count }) => translate('maillage.territory.siteList.range', { from, to, count })}
            getItemAriaLabel={(type) => translate(`maillage.territory.siteList.${type}`)}
          />
        </>
      )}
    </Box>
  );
};
