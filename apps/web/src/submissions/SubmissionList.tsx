import { DataTable, DateField, List, ReferenceField, ReferenceInput, AutocompleteInput, SelectInput, useTranslate } from 'react-admin';
import { StatusField } from './StatusField';

const STATUSES = ['received', 'validating', 'valid', 'invalid', 'errored', 'submitted', 'approved', 'published', 'changes_requested', 'withdrawn'];

export const SubmissionList = () => {
  const translate = useTranslate();
  const filters = [
    <SelectInput key="status" source="status" label="maillage.submission.status" choices={STATUSES.map((id) => ({ id, name: translate(`maillage.status.${id}`) }))} alwaysOn />,
    <ReferenceInput key="datasetId" source="datasetId" reference="datasets" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="maillage.submission.dataset" />
    </ReferenceInput>,
  ];
  return (
    <List filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="receivedAt" label="maillage.submission.receivedAt">
          <DateField source="receivedAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="fileName" label="maillage.submission.fileName" />
        <DataTable.Col source="datasetId" label="maillage.submission.dataset" disableSort>
          <ReferenceField source="datasetId" reference="datasets" link={false} />
        </DataTable.Col>
        <DataTable.Col source="status" label="maillage.submission.status" field={StatusField} />
        <DataTable.NumberCol source="errorCount" label="maillage.submission.errors" />
        <DataTable.NumberCol source="warningCount" label="maillage.submission.warnings" />
        <DataTable.Col source="senderName" label="maillage.submission.sender" disableSort />
      </DataTable>
    </List>
  );
};
