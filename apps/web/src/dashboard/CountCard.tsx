import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';

interface CountCardProps {
  resource: string;
  label: string;
}

/** The total comes from the API's Content-Range: one row is enough to read it. The API sorts on named fields only, not `id`. */
export const CountCard = ({ resource, label }: CountCardProps) => {
  const translate = useTranslate();
  const { total, isPending, error } = useGetList(resource, {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'name', order: 'ASC' },
  });
  const value = error ? translate('maillage.dashboard.unavailable') : isPending ? '…' : (total ?? 0).toLocaleString('fr-FR');
  return (
    <Card variant="outlined" sx={{ flex: '1 1 14rem' }}>
      <CardActionArea component={Link} to={`/${resource}`}>
        <CardContent>
          <Typography component="p" variant="h3" aria-live="polite">
            {value}
          </Typography>
          <Typography component="p" color="text.secondary">
            {label}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
