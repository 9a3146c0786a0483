import { DataTable, List, SearchInput, SimpleList } from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { useOwnOrganizations } from '../auth/useOwnOrganizations';
import { OrganizationKindField } from './OrganizationKindField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const OrganizationList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const own = useOwnOrganizations();
  return (
    <List filters={filters} filter={own ? { id: own } : undefined} sort={{ field: 'name', order: 'ASC' }}>
      {isSmall ? (
        <SimpleList primaryText={(record) => record.name} secondaryText={(record) => record.siren} linkType="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="slug" />
          <DataTable.Col source="siren" />
          <DataTable.Col source="kind" field={OrganizationKindField} />
        </DataTable>
      )}
    </List>
  );
};
