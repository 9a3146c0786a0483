import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Typography } from '@mui/material';
import {
  DateField,
  EditButton,
  FunctionField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  DataTable,
  usePermissions,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../submissions/format';
import { StatusField } from '../submissions/StatusField';
import { SchemaDownloads } from './SchemaDownloads';

const UploadButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button component={Link} to={`/datasets/${record.id}/depot`} variant="contained" startIcon={<UploadFileIcon />}>
      {translate('maillage.upload.button')}
    </Button>
  );
};

const DatasetActions = () => {
  const { permissions } = usePermissions<string[]>();
  return (
    <TopToolbar>
      {(permissions?.includes('producer') || permissions?.includes('admin')) && <UploadButton />}
      {permissions?.includes('admin') && <EditButton />}
    </TopToolbar>
  );
};

/** The latest published submission of the dataset: when, from which file, how many sites. */
const PublishedSubmission = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data = [] } = useGetList(
    'submissions',
    { filter: { datasetId: record?.id, status: 'published' }, sort: { field: 'updatedAt', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { enabled: Boolean(record) },
  );
  const latest = data[0];
  if (!latest) return <Typography>{translate('maillage.dataset.neverPublished')}</Typography>;
  return (
    <Typography>
      {translate('maillage.dataset.publishedFrom', {
        date: latest.publishedAt ? formatDateTime(latest.publishedAt) : '—',
        file: latest.fileName,
        sites: latest.siteCount ?? '—',
      })}{' '}
      <Link to={`/submissions/${latest.id}/show`}>{translate('maillage.dataset.seeSubmission')}</Link>
    </Typography>
  );
};

const PublicLinks = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <ReferenceField source="organizationId" reference="organizations" link={false}>
      <FunctionField
        render={(organization) => {
          const base = `/api/public/datasets/${organization.slug}/${record.slug}`;
          return (
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
              <a href={`${base}/latest.csv`}>{translate('maillage.dataset.latest', { format: 'CSV' })}</a>
              <a href={`${base}/latest.xlsx`}>{translate('maillage.dataset.latest', { format: 'XLSX' })}</a>
              <a href={`${base}/latest.geojson`}>{translate('maillage.dataset.latest', { format: 'GeoJSON' })}</a>
            </Box>
          );
        }}
      />
    </ReferenceField>
  );
};

export const DatasetShow = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const signedIn = (permissions?.length ?? 0) > 0;
  return (
    <Show actions={<DatasetActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="slug" />
        <ReferenceField source="organizationId" reference="organizations" link="show" />
        <TextField source="description" emptyText="—" />
        <TextField source="schemaName" />
        <TextField source="schemaVersion" />
        {signedIn && <FunctionField label="maillage.dataset.publishedVersion" render={() => <PublishedSubmission />} />}
        <FunctionField label="maillage.dataset.downloads" render={() => <PublicLinks />} />
        <FunctionField label="maillage.schema.downloads" render={() => <SchemaDownloads />} />
        {signedIn && (
          <ReferenceManyField
            label="maillage.dataset.history"
            reference="submissions"
            target="datasetId"
            sort={{ field: 'receivedAt', order: 'DESC' }}
            perPage={10}
            pagination={<Pagination rowsPerPageOptions={[10]} />}
            empty={<Typography>{translate('maillage.dataset.noSubmission')}</Typography>}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="receivedAt" label="maillage.submission.receivedAt">
                <DateField source="receivedAt" showTime />
              </DataTable.Col>
              <DataTable.Col source="fileName" label="maillage.submission.fileName" />
              <DataTable.Col source="status" label="maillage.submission.status" field={StatusField} />
              <DataTable.NumberCol source="errorCount" label="maillage.submission.errors" />
              <DataTable.Col source="senderName" label="maillage.submission.sender" />
            </DataTable>
          </ReferenceManyField>
        )}
      </SimpleShowLayout>
    </Show>
  );
};
