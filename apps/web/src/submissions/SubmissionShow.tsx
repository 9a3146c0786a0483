import { Alert, Box, Button, Card, CardContent, LinearProgress, Tab, Tabs, Typography } from '@mui/material';
import type { Report, Summary } from '@maillage/validation';
import { useEffect, useState } from 'react';
import { Link, ReferenceField, TextField, Title, useGetOne, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { apiGet, downloadAuthenticated, messageOf } from '../api/http';
import { activeSession } from '../auth/session';
import { downloadAnnotatedWorkbook } from './annotatedWorkbook';
import { DiffView } from './DiffView';
import { ErrorsTable } from './ErrorsTable';
import { formatBytes, formatCount, formatDateTime } from './format';
import { StatusChip } from './StatusField';
import { SubmissionActions } from './SubmissionActions';
import { SummaryTable } from './SummaryTable';
import { IN_PROGRESS, type Review, type SiteDiff, type Submission } from './types';

function useApi<T>(path: string | null, version: unknown): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    if (!path) return;
    let live = true;
    apiGet<T>(path).then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [path, version]);
  return state;
}

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <>
    <dt>{label}</dt>
    <dd>{children}</dd>
  </>
);

/** A submission: where it stands (followed live while validating), its report, its diff, its reviews and its actions. */
export const SubmissionShow = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const [tab, setTab] = useState(0);
  const { data: submission, refetch } = useGetOne<Submission & { id: string }>(
    'submissions',
    { id },
    { refetchInterval: (query) => (query.state.data && !IN_PROGRESS.includes(query.state.data.status) ? false : 1500) },
  );
  const ready = submission && !IN_PROGRESS.includes(submission.status) && submission.status !== 'errored';
  const version = submission?.status;
  const summary = useApi<Summary>(ready ? `/submissions/${id}/summary` : null, version);
  const report = useApi<Report>(ready ? `/submissions/${id}/report` : null, version);
  const hasDiff = ready && submission.errorCount === 0;
  const diff = useApi<SiteDiff>(hasDiff ? `/submissions/${id}/diff` : null, version);
  const reviews = useApi<Review[]>(submission ? `/submissions/${id}/reviews` : null, version);

  if (!submission) return <LinearProgress sx={{ mt: 4 }} />;
  const annotate = async () => {
    try {
      const session = activeSession();
      const response = await fetch(`/api/submissions/${id}/file`, { headers: session ? { Authorization: `Bearer ${session.accessToken}` } : {} });
      if (!response.ok) throw new Error(`Fichier original indisponible (${response.status})`);
      if (report.data) await downloadAnnotatedWorkbook(await response.blob(), submission.fileName, report.data);
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Title title={translate('maillage.submission.title', { file: submission.fileName })} />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
            <Typography component="h1" variant="h5">
              {submission.fileName} <StatusChip status={submission.status} />
            </Typography>
            <SubmissionActions submission={submission} onDone={() => void refetch()} />
          </Box>
          {IN_PROGRESS.includes(submission.status) && (
            <Box role="status" sx={{ my: 2 }}>
              <Typography>{translate('maillage.submission.validating')}</Typography>
              <LinearProgress />
            </Box>
          )}
          {submission.failureReason && <Alert severity="error">{submission.failureReason}</Alert>}
          {submission.status === 'approved' && submission.publishAt && (
            <Alert severity="info">{translate('maillage.submission.scheduled', { date: formatDateTime(submission.publishAt) })}</Alert>
          )}
          <dl className="facts">
            <Fact label={translate('maillage.submission.dataset')}>
              <ReferenceField source="datasetId" reference="datasets" record={submission} link="show">
                <TextField source="name" />
              </ReferenceField>
            </Fact>
            <Fact label={translate('maillage.submission.sender')}>
              {submission.senderName} ({submission.channel}), {formatDateTime(submission.receivedAt)}
            </Fact>
            <Fact label={translate('maillage.submission.file')}>
              {formatBytes(submission.fileSize)}
              {submission.detectedFormat ? ` · ${submission.detectedFormat.toUpperCase()}` : ''}
              {submission.detectedEncoding ? ` · ${submission.detectedEncoding}` : ''}
              {submission.detectedDelimiter ? ` · « ${submission.detectedDelimiter === '\t' ? 'tab' : submission.detectedDelimiter} »` : ''}
            </Fact>
            <Fact label={translate('maillage.submission.rows')}>{formatCount(submission.rowCount)}</Fact>
            <Fact label={translate('maillage.submission.errors')}>
              <span data-testid="error-count">{formatCount(submission.errorCount)}</span>
            </Fact>
            <Fact label={translate('maillage.submission.warnings')}>{formatCount(submission.warningCount)}</Fact>
          </dl>
        </CardContent>
      </Card>
      {ready && (
        <Card>
          <Tabs value={tab} onChange={(_, value: number) => setTab(value)} aria-label={translate('maillage.submission.sections')} variant="scrollable">
            <Tab label={translate('maillage.submission.report')} id="tab-report" aria-controls="panel-report" />
            <Tab label={translate('maillage.submission.rowsInError')} id="tab-rows" aria-controls="panel-rows" />
            <Tab label={translate('maillage.submission.diff')} id="tab-diff" aria-controls="panel-diff" disabled={!hasDiff} />
            <Tab label={translate('maillage.submission.reviews', { count: reviews.data?.length ?? 0 })} id="tab-reviews" aria-controls="panel-reviews" />
          </Tabs>
          <CardContent>
            {tab === 0 && (
              <Box role="tabpanel" id="panel-report" aria-labelledby="tab-report" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
                {summary.error && <Alert severity="error">{summary.error}</Alert>}
                {summary.data && (
                  <Alert severity={summary.data.valid ? 'success' : 'error'} data-testid="report-verdict">
                    {summary.data.valid
                      ? translate('maillage.report.valid', { rows: formatCount(summary.data.rows), warnings: formatCount(summary.data.warnings) })
                      : translate('maillage.report.invalid', { rows: formatCount(summary.data.rows), errors: formatCount(summary.data.errors) })}
                  </Alert>
                )}
                {summary.data && <SummaryTable summary={summary.data} />}
                <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                  <Button variant="outlined" onClick={() => downloadAuthenticated(`/submissions/${id}/report?format=csv`, `rapport-${id}.csv`).catch((error) => notify(messageOf(error), { type: 'error' }))}>
                    {translate('maillage.report.downloadCsv')}
                  </Button>
                  <Button variant="outlined" onClick={annotate} disabled={!report.data}>
                    {translate('maillage.report.downloadAnnotated')}
                  </Button>
                  <Button variant="outlined" onClick={() => downloadAuthenticated(`/submissions/${id}/file`, submission.fileName).catch((error) => notify(messageOf(error), { type: 'error' }))}>
                    {translate('maillage.report.downloadOriginal')}
                  </Button>
                </Box>
              </Box>
            )}
            {tab === 1 && (
              <Box role="tabpanel" id="panel-rows" aria-labelledby="tab-rows">
                {report.data ? <ErrorsTable report={report.data} /> : <LinearProgress />}
              </Box>
            )}
            {tab === 2 && (
              <Box role="tabpanel" id="panel-diff" aria-labelledby="tab-diff">
                {diff.error && <Alert severity="info">{diff.error}</Alert>}
                {diff.data ? <DiffView diff={diff.data} /> : !diff.error && <LinearProgress />}
              </Box>
            )}
            {tab === 3 && (
              <Box role="tabpanel" id="panel-reviews" aria-labelledby="tab-reviews">
                {(reviews.data ?? []).length === 0 && <Typography>{translate('maillage.submission.noReview')}</Typography>}
                {(reviews.data ?? []).map((review) => (
                  <Box key={review.id} sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 2, mb: 2 }}>
                    <Typography fontWeight="bold">
                      {translate(`maillage.decisions.${review.decision}`, { _: review.decision })} — {review.reviewerName}, {formatDateTime(review.at)}
                    </Typography>
                    {review.publishAt && <Typography>{translate('maillage.submission.scheduled', { date: formatDateTime(review.publishAt) })}</Typography>}
                    {review.comment && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{review.comment}</Typography>}
                  </Box>
                ))}
              </Box>
            )}
          </CardContent>
        </Card>
      )}
      <Link to="/submissions">{translate('maillage.submission.backToList')}</Link>
    </Box>
  );
};
