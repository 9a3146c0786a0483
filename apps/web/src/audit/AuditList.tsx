import HistoryIcon from '@mui/icons-material/History';
import { DataTable, DateField, DateInput, FunctionField, List, ReferenceField, ReferenceInput, AutocompleteInput, SearchInput, SelectInput, TextInput } from 'react-admin';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="action" source="action" label="maillage.audit.action" />,
  <SelectInput
    key="channel"
    source="channel"
    label="maillage.audit.channel"
    choices={['web', 'api', 'sftp', 'system'].map((id) => ({ id, name: id }))}
  />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="resources.datasets.fields.organizationId" />
  </ReferenceInput>,
  <DateInput key="since" source="since" label="maillage.audit.since" />,
  <DateInput key="until" source="until" label="maillage.audit.until" />,
];

/** The audit trail, read-only: who did what, when, through which channel. */
export const AuditList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="at" label="maillage.audit.at">
        <DateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="action" label="maillage.audit.action" />
      <DataTable.Col source="actorName" label="maillage.audit.actor" />
      <DataTable.Col source="channel" label="maillage.audit.channel" disableSort />
      <DataTable.Col source="organizationId" label="resources.datasets.fields.organizationId">
        <ReferenceField source="organizationId" reference="organizations" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label="maillage.audit.target" disableSort>
        <FunctionField render={(record) => (record.targetType ? `${record.targetType} ${record.targetId ?? ''}` : '—')} />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default { list: AuditList, icon: HistoryIcon };
