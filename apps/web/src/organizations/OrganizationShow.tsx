import { Datagrid, ReferenceManyField, Show, SimpleShowLayout, TabbedShowLayout, TextField, usePermissions, useRecordContext } from 'react-admin';
import { OrganizationKindField } from './OrganizationKindField';
import { ApiTokensPanel } from './ApiTokensPanel';
import { SftpAccountsPanel } from './SftpAccountsPanel';

const TokensTab = () => {
  const record = useRecordContext();
  return record ? <ApiTokensPanel organizationId={String(record.id)} /> : null;
};

const SftpTab = () => {
  const record = useRecordContext();
  return record ? <SftpAccountsPanel organizationId={String(record.id)} /> : null;
};

export const OrganizationShow = () => {
  const { permissions } = usePermissions<string[]>();
  const canManageTokens = permissions?.includes('admin') || permissions?.includes('producer');
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="maillage.organization.summary">
          <SimpleShowLayout sx={{ p: 0 }}>
            <TextField source="name" />
            <TextField source="slug" />
            <TextField source="siren" emptyText="—" />
            <OrganizationKindField />
          </SimpleShowLayout>
          <ReferenceManyField label="resources.datasets.name" reference="datasets" target="organizationId" sort={{ field: 'name', order: 'ASC' }}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="name" />
              <TextField source="schemaName" />
              <TextField source="schemaVersion" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        {canManageTokens && (
          <TabbedShowLayout.Tab label="maillage.tokens.title" path="jetons">
            <TokensTab />
          </TabbedShowLayout.Tab>
        )}
        {canManageTokens && (
          <TabbedShowLayout.Tab label="maillage.sftp.title" path="sftp">
            <SftpTab />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
