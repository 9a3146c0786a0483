import { Box, Card, CardContent, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { useOwnOrganizations } from '../auth/useOwnOrganizations';
import { CountCard } from './CountCard';
import { OwnDatasets } from './OwnDatasets';

export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const own = useOwnOrganizations();
  const steps = (['admin', 'producer', 'reviewer'] as const).filter((role) => permissions?.includes(role));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Title title={translate('maillage.dashboard.title')} />
      <Card>
        <CardContent>
          <Typography component="h1" variant="h4" gutterBottom>
            {translate('maillage.title')}
          </Typography>
          <Typography paragraph>{translate('maillage.dashboard.intro')}</Typography>
          <Typography>{translate('maillage.dashboard.workflow')}</Typography>
        </CardContent>
      </Card>
      {steps.length > 0 && (
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6" gutterBottom>
              {translate('maillage.dashboard.nextSteps')}
            </Typography>
            {steps.map((role) => (
              <Typography key={role} paragraph>
                {translate(`maillage.dashboard.${role}Steps`)}
              </Typography>
            ))}
          </CardContent>
        </Card>
      )}
      {own && <OwnDatasets organizationIds={own} />}
      <Typography component="h2" variant="h6">
        {translate('maillage.dashboard.counts')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <CountCard resource="organizations" label={translate('maillage.dashboard.organizations')} />
        <CountCard resource="datasets" label={translate('maillage.dashboard.datasets')} />
      </Box>
    </Box>
  );
};
