import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import audit from './audit/AuditList';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import datasets from './datasets';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import organizations from './organizations';
import { TerritoryPage } from './public/TerritoryPage';
import { ReviewQueue } from './review/ReviewQueue';
import { SchemaList } from './schemas/SchemaList';
import submissions from './submissions';
import { UploadPage } from './submissions/UploadPage';
import { lightTheme } from './theme';
import users from './users';

export const App = () => (
  <Admin
    title="Maillage"
    dataProvider={dataProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    lightTheme={lightTheme}
    requireAuth
    disableTelemetry
  >
    {(permissions: string[]) => (
      <>
        <Resource name="datasets" {...datasets} create={permissions.includes('admin') ? datasets.create : undefined} edit={permissions.includes('admin') ? datasets.edit : undefined} />
        <Resource name="submissions" {...submissions} />
        <Resource
          name="organizations"
          {...organizations}
          create={permissions.includes('admin') ? organizations.create : undefined}
          edit={permissions.includes('admin') ? organizations.edit : undefined}
        />
        {permissions.includes('admin') && <Resource name="users" {...users} />}
        {(permissions.includes('admin') || permissions.includes('reviewer')) && <Resource name="audit-events" {...audit} />}
        <CustomRoutes>
          <Route path="/datasets/:id/depot" element={<UploadPage />} />
          <Route path="/review-queue" element={<ReviewQueue />} />
          <Route path="/schemas" element={<SchemaList />} />
        </CustomRoutes>
        <CustomRoutes noLayout>
          <Route path="/territoire" element={<TerritoryPage />} />
          <Route path="/territoire/:code" element={<TerritoryPage />} />
          <Route path="/territoire/:kind/:code" element={<TerritoryPage />} />
        </CustomRoutes>
      </>
    )}
  </Admin>
);
