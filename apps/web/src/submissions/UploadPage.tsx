import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import type { Mapping, Report, Summary } from '@maillage/validation';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Title, useGetOne, useNotify, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { apiSend, messageOf, uploadWithProgress } from '../api/http';
import { loadEngine, loadSchema, openFile, validateInBrowser, type SchemaDescriptor } from './engine';
import { formatBytes, formatCount } from './format';
import { recognizeMapping } from './knownMappings';
import { MappingEditor } from './MappingEditor';
import { SummaryTable } from './SummaryTable';

interface Inspection {
  file: File;
  format: string;
  encoding?: string;
  delimiter?: string;
  labels: string[];
}

const DELIMITERS: Record<string, string> = { ',': 'virgule (,)', ';': 'point-virgule (;)', '\t': 'tabulation', '|': 'barre verticale (|)' };

/** A producer's upload: the file is read and checked in the browser before anything is sent. */
export const UploadPage = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { data: dataset } = useGetOne('datasets', { id: id ?? '' }, { enabled: Boolean(id) });
  const [schema, setSchema] = useState<SchemaDescriptor | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<Mapping>({ fields: {} });
  const [preview, setPreview] = useState<{ report: Report; summary: Summary } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  /** Where the proposed mapping comes from: saved for this dataset, a known export's, or guessed from the header. */
  const [mappingOrigin, setMappingOrigin] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const mappingInput = useRef<HTMLInputElement>(null);

  /** A mapping kept as a JSON file (schemas/…/mappings/*.mapping.json, or one exported from another tool). */
  const importMapping = async (file: File) => {
    try {
      const parsed = JSON.parse(await file.text()) as Mapping;
      if (!parsed || typeof parsed.fields !== 'object') throw new Error('le fichier doit contenir { "fields": { … } }');
      setMapping(parsed);
      setMappingOrigin(file.name);
      setPreview(null);
      notify('maillage.upload.mappingImported', { type: 'info' });
    } catch (failure) {
      setError(`Correspondance illisible (${file.name}) : ${messageOf(failure)}`);
    }
  };

  useEffect(() => {
    void loadSchema().then(setSchema);
  }, []);

  const inspect = async (file: File) => {
    setError(null);
    setPreview(null);
    setBusy(translate('maillage.upload.reading'));
    try {
      const [{ suggestMapping }, descriptor] = await Promise.all([loadEngine(), loadSchema()]);
      const source = await openFile(file, file.name);
      setInspection({ file, format: source.detected.format, encoding: source.detected.encoding, delimiter: source.detected.delimiter, labels: source.labels });
      const saved = dataset?.mapping as Mapping | null | undefined;
      const usable = saved && Object.values(saved.fields).some((value) => typeof value !== 'string' || source.labels.includes(value));
      // Loaded with the engine, not with the app: import.meta.glob is Vite's.
      const recognized = usable ? undefined : recognizeMapping(source.labels, (await import('./knownMappingFiles')).KNOWN_MAPPINGS);
      setMapping(usable ? saved : (recognized?.mapping ?? suggestMapping(source.labels, descriptor).mapping));
      setMappingOrigin(usable ? 'saved' : recognized ? recognized.name : 'suggested');
    } catch (failure) {
      setInspection(null);
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  };

  const check = async () => {
    if (!inspection) return;
    setBusy(translate('maillage.upload.checking'));
    try {
      const { summarize } = await loadEngine();
      const report = await validateInBrowser(inspection.file, inspection.file.name, mapping);
      setPreview({ report, summary: summarize(report, 'fr') });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  };

  const saveMapping = async () => {
    try {
      await apiSend('PUT', `/datasets/${id}/mapping`, { mapping });
      notify('maillage.upload.mappingSaved', { type: 'success' });
    } catch (failure) {
      notify(messageOf(failure), { type: 'error' });
    }
  };

  const send = async () => {
    if (!inspection) return;
    const form = new FormData();
    form.append('file', inspection.file, inspection.file.name);
    form.append('mapping', JSON.stringify(mapping));
    setProgress(0);
    try {
      const submission = await uploadWithProgress<{ id: string }>(`/datasets/${id}/submissions`, form, setProgress);
      navigate(`/submissions/${submission.id}/show`);
    } catch (failure) {
      setError(messageOf(failure));
      setProgress(null);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void inspect(file);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Title title={translate('maillage.upload.title', { name: dataset?.name ?? '' })} />
      <Typography component="h1" variant="h5">
        {translate('maillage.upload.title', { name: dataset?.name ?? '…' })}
      </Typography>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        sx={{ border: '2px dashed', borderColor: dragging ? 'primary.main' : 'grey.500', borderRadius: 2, p: 4, textAlign: 'center', bgcolor: dragging ? '#ececfe' : 'background.paper' }}
        data-testid="drop-zone"
      >
        <CloudUploadIcon sx={{ fontSize: 48 }} color="primary" aria-hidden />
        <Typography>{translate('maillage.upload.drop')}</Typography>
        <Button variant="outlined" sx={{ mt: 1 }} onClick={() => input.current?.click()}>
          {translate('maillage.upload.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={translate('maillage.upload.choose')}
          accept=".csv,.txt,.xlsx,.json,.geojson"
          data-testid="data-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void inspect(file);
          }}
        />
      </Box>
      {busy && (
        <Box role="status">
          <Typography>{busy}</Typography>
          <LinearProgress />
        </Box>
      )}
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      {inspection && (
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6" gutterBottom>
              {translate('maillage.upload.detected')}
            </Typography>
            <dl className="facts">
              <dt>{translate('maillage.upload.file')}</dt>
              <dd>
                {inspection.file.name} ({formatBytes(inspection.file.size)})
              </dd>
              <dt>{translate('maillage.upload.format')}</dt>
              <dd>{inspection.format.toUpperCase()}</dd>
              {inspection.encoding && (
                <>
                  <dt>{translate('maillage.upload.encoding')}</dt>
                  <dd data-testid="detected-encoding">{inspection.encoding}</dd>
                </>
              )}
              {inspection.delimiter && (
                <>
                  <dt>{translate('maillage.upload.delimiter')}</dt>
                  <dd data-testid="detected-delimiter">{DELIMITERS[inspection.delimiter] ?? inspection.delimiter}</dd>
                </>
              )}
              <dt>{translate('maillage.upload.header')}</dt>
              <dd>{inspection.labels.join(' · ')}</dd>
            </dl>
          </CardContent>
        </Card>
      )}
      {inspection && schema && (
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6" gutterBottom>
              {translate('maillage.upload.mappingTitle')}
            </Typography>
            {mappingOrigin && (
              <Alert severity="info" sx={{ mb: 2 }} data-testid="mapping-origin">
                {mappingOrigin === 'saved' || mappingOrigin === 'suggested'
                  ? translate(`maillage.upload.mappingOrigin.${mappingOrigin}`)
                  : translate('maillage.upload.mappingOrigin.known', { name: mappingOrigin })}
              </Alert>
            )}
            <Typography paragraph>{translate('maillage.upload.mappingHelp')}</Typography>
            <MappingEditor fields={schema.fields} labels={inspection.labels} mapping={mapping} onChange={setMapping} />
            <Stack direction="row" spacing={2} sx={{ mt: 2 }} flexWrap="wrap" useFlexGap>
              <Button variant="outlined" onClick={() => mappingInput.current?.click()}>
                {translate('maillage.upload.importMapping')}
              </Button>
              <input
                ref={mappingInput}
                type="file"
                hidden
                accept=".json,application/json"
                aria-label={translate('maillage.upload.importMapping')}
                data-testid="mapping-file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void importMapping(file);
                  event.target.value = '';
                }}
              />
              <Button variant="outlined" onClick={saveMapping}>
                {translate('maillage.upload.saveMapping')}
              </Button>
              <Button variant="contained" onClick={check} disabled={busy !== null}>
                {translate('maillage.upload.check')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      )}
      {preview && (
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6" gutterBottom>
              {translate('maillage.upload.previewTitle')}
            </Typography>
            <Alert severity={preview.summary.valid ? 'success' : 'warning'} sx={{ mb: 2 }} data-testid="preview-verdict">
              {preview.summary.valid
                ? translate('maillage.upload.previewValid', { rows: formatCount(preview.summary.rows), warnings: formatCount(preview.summary.warnings) })
                : translate('maillage.upload.previewInvalid', { rows: formatCount(preview.summary.rows), errors: formatCount(preview.summary.errors) })}
            </Alert>
            <SummaryTable summary={preview.summary} limit={10} />
          </CardContent>
        </Card>
      )}
      {inspection && (
        <Box>
          {progress !== null && (
            <Box role="status" sx={{ mb: 1 }}>
              <Typography>{translate('maillage.upload.sending', { percent: Math.round(progress * 100) })}</Typography>
              <LinearProgress variant="determinate" value={progress * 100} />
            </Box>
          )}
          <Button variant="contained" size="large" onClick={send} disabled={progress !== null} startIcon={<CloudUploadIcon />}>
            {translate('maillage.upload.send')}
          </Button>
        </Box>
      )}
    </Box>
  );
};
