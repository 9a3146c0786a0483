import { Admin, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import datasets from './datasets';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import organizations from './organizations';
import { lightTheme } from './theme';

export const App = () => (
  <Admin
    title="Maillage"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    lightTheme={lightTheme}
    disableTelemetry
  >
    <Resource name="organizations" {...organizations} />
    <Resource name="datasets" {...datasets} />
  </Admin>
);
