import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

/** A producer's first screen: their datasets, each one click away from an upload. */
export const OwnDatasets = ({ organizationIds }: { organizationIds: string[] }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList('datasets', {
    filter: { organizationId: organizationIds },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  return (
    <Card>
      <CardContent>
        <Typography component="h2" variant="h6">
          {translate('maillage.dashboard.ownDatasets')}
        </Typography>
        {!isPending && data.length === 0 && <Typography>{translate('maillage.dashboard.noOwnDataset')}</Typography>}
        <List>
          {data.map((dataset) => (
            <ListItem
              key={dataset.id}
              divider
              secondaryAction={
                <Button component={RouterLink} to={`/datasets/${dataset.id}/depot`} startIcon={<UploadFileIcon />} variant="contained" size="small">
                  {translate('maillage.upload.button')}
                </Button>
              }
            >
              <ListItemText primary={<Link to={`/datasets/${dataset.id}/show`}>{dataset.name}</Link>} secondary={`${dataset.schemaName} ${dataset.schemaVersion}`} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
