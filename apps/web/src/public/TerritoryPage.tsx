import { Alert, AppBar, Box, Button, Card, CardContent, Container, LinearProgress, Link, Table, TableBody, TableCell, TableHead, TableRow, Toolbar, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { LocalesMenuButton, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { FranceMap } from '../map/FranceMap';
import { formatCount, formatDate } from '../submissions/format';
import { exportLinks, sitesOf, territorySummary, type PublicSite, type TerritoryKind, type TerritorySummary } from './territoryApi';
import { SiteTable } from './SiteTable';
import { TerritorySearch } from './TerritorySearch';
import { YearChart } from './YearChart';

const CATEGORY_COLORS: Record<string, string> = {
  presence_etat: '#000091',
  etablissement_public: '#18753c',
  point_de_contact: '#b34000',
  non_renseignee: '#666666',
};

const PlannedList = ({ title, sites, dateOf }: { title: string; sites: PublicSite[]; dateOf: (site: PublicSite) => string | null }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography component="h3" variant="subtitle1" fontWeight="bold">
        {title} ({sites.length})
      </Typography>
      {sites.length === 0 ? (
        <Typography color="text.secondary">{translate('maillage.territory.none')}</Typography>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site.identifiant}>
              {site.nom}, {site.commune} — {dateOf(site) ? formatDate(dateOf(site) as string) : '—'}
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
};

/** The public page of a territory: no sign-in, everything read from the public API. */
export const TerritoryPage = () => {
  const translate = useTranslate();
  const { kind, code } = useParams<{ kind?: TerritoryKind; code?: string }>();
  const [summary, setSummary] = useState<TerritorySummary | null>(null);
  const [sites, setSites] = useState<{ total: number; sites: PublicSite[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [locale] = useLocaleState();

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    setSummary(null);
    setSites(null);
    setError(null);
    if (!code) return;
    territorySummary(code, kind).then(
      (found) => {
        setSummary(found);
        document.title = `${found.territoire.nom} — Maillage`;
        return sitesOf(found.territoire.type, found.territoire.code).then(setSites);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [kind, code]);

  const territory = summary?.territoire;
  const links = territory ? exportLinks(territory.type, territory.code) : null;
  const focus = territory?.type === 'departement' ? [territory.code] : [...new Set((sites?.sites ?? []).map((site) => site.departement).filter((value): value is string => Boolean(value)))];
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: '#f6f6f6' }}>
      <AppBar position="static" component="header">
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap', py: 1 }}>
          <Typography component="p" variant="h6" sx={{ flexGrow: 1, minWidth: 0 }}>
            Maillage<Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}> — {translate('maillage.territory.header')}</Box>
          </Typography>
          <LocalesMenuButton />
          <Button component={RouterLink} to="/" color="inherit">
            {translate('maillage.territory.signIn')}
          </Button>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="lg" sx={{ py: 3, display: 'flex', flexDirection: 'column', gap: 3 }}>
        <Typography component="h1" variant="h4">
          {territory ? `${territory.nom}` : translate('maillage.territory.title')}
        </Typography>
        {territory && (
          <Typography>
            {translate(`maillage.territory.kinds.${territory.type}`)} {territory.code}
            {territory.population ? ` · ${translate('maillage.territory.population', { count: formatCount(territory.population) })}` : ''}
          </Typography>
        )}
        <TerritorySearch />
        {!code && <Typography>{translate('maillage.territory.intro')}</Typography>}
        {error && <Alert severity="error">{error}</Alert>}
        {code && !summary && !error && <LinearProgress aria-label={translate('ra.page.loading')} />}
        {summary && (
          <>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
              <Card>
                <CardContent>
                  <Typography component="p" variant="h3" data-testid="open-sites">
                    {formatCount(summary.sites_ouverts.total)}
                  </Typography>
                  <Typography>{translate('maillage.territory.openSites')}</Typography>
                </CardContent>
              </Card>
              <Card>
                <CardContent>
                  <Typography component="p" variant="h3">
                    {summary.sites_ouverts.pour_10000_habitants?.toLocaleString('fr-FR') ?? '—'}
                  </Typography>
                  <Typography>{translate('maillage.territory.per10000')}</Typography>
                </CardContent>
              </Card>
              <Card>
                <CardContent>
                  <Typography component="p" variant="h3">
                    {summary.prevus_12_mois.ouvertures.length + summary.prevus_12_mois.fermetures.length}
                  </Typography>
                  <Typography>{translate('maillage.territory.plannedCount', { date: formatDate(summary.prevus_12_mois.jusqu_au) })}</Typography>
                </CardContent>
              </Card>
            </Box>
            <Card>
              <CardContent>
                <Typography component="h2" variant="h5" gutterBottom>
                  {translate('maillage.territory.mapTitle')}
                </Typography>
                {sites ? (
                  <FranceMap
                    title={translate('maillage.territory.mapLabel', { name: summary.territoire.nom, count: sites.sites.length })}
                    points={sites.sites.flatMap((site) =>
                      site.latitude !== null && site.longitude !== null
                        ? [{ key: site.identifiant, latitude: site.latitude, longitude: site.longitude, label: `${site.nom} (${site.commune ?? ''})`, color: CATEGORY_COLORS[site.categorie ?? 'non_renseignee'] ?? '#666666' }]
                        : [],
                    )}
                    focus={focus}
                    legend={Object.keys(summary.sites_ouverts.par_categorie).map((category) => ({ label: translate(`maillage.categories.${category}`, { _: category }), color: CATEGORY_COLORS[category] ?? '#666666' }))}
                  />
                ) : (
                  <LinearProgress />
                )}
                {sites && sites.total > sites.sites.length && <Typography variant="body2">{translate('maillage.territory.mapTruncated', { shown: sites.sites.length, total: sites.total })}</Typography>}
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <SiteTable kind={summary.territoire.type} code={summary.territoire.code} />
              </CardContent>
            </Card>
            <Card>
              <CardContent sx={{ overflowX: 'auto' }}>
                <Typography component="h2" variant="h5" gutterBottom>
                  {translate('maillage.territory.byCategory')}
                </Typography>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('maillage.territory.category')}</TableCell>
                      <TableCell align="right">{translate('maillage.territory.sites')}</TableCell>
                      <TableCell align="right">{translate('maillage.territory.per10000')}</TableCell>
                      <TableCell>{translate('maillage.territory.types')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {Object.entries(summary.sites_ouverts.par_categorie).map(([category, entry]) => (
                      <TableRow key={category}>
                        <TableCell>{translate(`maillage.categories.${category}`, { _: category })}</TableCell>
                        <TableCell align="right">{formatCount(entry.sites)}</TableCell>
                        <TableCell align="right">{entry.pour_10000_habitants?.toLocaleString('fr-FR') ?? '—'}</TableCell>
                        <TableCell>
                          {Object.entries(entry.par_type)
                            .map(([type, count]) => `${type.replace(/_/g, ' ')} : ${count}`)
                            .join(' · ')}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <Typography component="h2" variant="h5" gutterBottom>
                  {translate('maillage.territory.years')}
                </Typography>
                <YearChart years={summary.evenements_par_annee} />
              </CardContent>
            </Card>
            <Card>
              <CardContent sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
                <Typography component="h2" variant="h5" sx={{ gridColumn: '1 / -1' }}>
                  {translate('maillage.territory.planned', { date: formatDate(summary.prevus_12_mois.jusqu_au) })}
                </Typography>
                <PlannedList title={translate('maillage.territory.plannedOpenings')} sites={summary.prevus_12_mois.ouvertures} dateOf={(site) => site.date_ouverture} />
                <PlannedList title={translate('maillage.territory.plannedClosures')} sites={summary.prevus_12_mois.fermetures} dateOf={(site) => site.date_fermeture} />
              </CardContent>
            </Card>
            {links && (
              <Card>
                <CardContent>
                  <Typography component="h2" variant="h5" gutterBottom>
                    {translate('maillage.territory.downloads')}
                  </Typography>
                  <Box component="ul" sx={{ m: 0 }}>
                    <li>
                      <Link href={links.csv}>{translate('maillage.territory.exportCsv')}</Link>
                    </li>
                    <li>
                      <Link href={links.geojson}>{translate('maillage.territory.exportGeojson')}</Link>
                    </li>
                    <li>
                      <Link href={links.atom}>{translate('maillage.territory.feed')}</Link>
                    </li>
                  </Box>
                  <Typography variant="body2" color="text.secondary">
                    {translate('maillage.territory.licence')}
                  </Typography>
                </CardContent>
              </Card>
            )}
          </>
        )}
      </Container>
    </Box>
  );
};
