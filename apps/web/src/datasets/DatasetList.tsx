import { DataTable, List, ReferenceField, ReferenceInput, AutocompleteInput, SearchInput, SimpleList } from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { useOwnOrganizations } from '../auth/useOwnOrganizations';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
];

export const DatasetList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // A producer sees the datasets of their organisations: the ones they can upload to.
  const own = useOwnOrganizations();
  return (
    <List filters={own ? filters.slice(0, 1) : filters} filter={own ? { organizationId: own } : undefined} sort={{ field: 'name', order: 'ASC' }}>
      {isSmall ? (
        <SimpleList
          primaryText={(record) => record.name}
          secondaryText={(record) => `${record.schemaName} ${record.schemaVersion}`}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="organizationId" disableSort>
            <ReferenceField source="organizationId" reference="organizations" link="show" />
          </DataTable.Col>
          <DataTable.Col source="schemaName" />
          <DataTable.Col source="schemaVersion" />
        </DataTable>
      )}
    </List>
  );
};
