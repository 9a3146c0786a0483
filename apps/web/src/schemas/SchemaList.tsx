import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { apiGet, messageOf } from '../api/http';
import { SchemaDownloads } from '../datasets/SchemaDownloads';

interface CatalogSchema {
  name: string;
  title: string | null;
  description: string | null;
  latestVersion: string;
  versions: { version: string; path: string | null }[];
}

/** The schema versions the API knows (read-only: versions are published in the repository, not here). */
export const SchemaList = () => {
  const translate = useTranslate();
  const [schemas, setSchemas] = useState<CatalogSchema[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    apiGet<CatalogSchema[]>('/schemas').then(setSchemas, (failure) => setError(messageOf(failure)));
  }, []);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('maillage.schema.title')} />
      <CardContent>
        <Typography component="h1" variant="h5" gutterBottom>
          {translate('maillage.schema.title')}
        </Typography>
        {error && <Typography color="error">{error}</Typography>}
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('maillage.schema.name')}</TableCell>
              <TableCell>{translate('maillage.schema.description')}</TableCell>
              <TableCell>{translate('maillage.schema.latest')}</TableCell>
              <TableCell>{translate('maillage.schema.versions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {schemas.map((schema) => (
              <TableRow key={schema.name}>
                <TableCell>
                  {schema.title ?? schema.name} (<code>{schema.name}</code>)
                </TableCell>
                <TableCell>{schema.description ?? '—'}</TableCell>
                <TableCell>{schema.latestVersion}</TableCell>
                <TableCell>{schema.versions.map((version) => version.version).join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography component="h2" variant="h6" sx={{ mt: 3, mb: 1 }}>
          {translate('maillage.schema.downloads')}
        </Typography>
        <SchemaDownloads />
      </CardContent>
    </Card>
  );
};
