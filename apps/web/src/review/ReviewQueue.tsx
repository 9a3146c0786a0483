import { DataTable, DateField, List, ReferenceField, useTranslate } from 'react-admin';

/** Submissions awaiting a decision, oldest first, with what each would change for the public. */
export const ReviewQueue = () => {
  const translate = useTranslate();
  return (
    <List resource="review-queue" sort={{ field: 'submittedAt', order: 'ASC' }} title={translate('maillage.review.title')} exporter={false} empty={false}>
      <DataTable rowClick={(id) => `/submissions/${id}/show`} bulkActionButtons={false}>
        <DataTable.Col source="submittedAt" label="maillage.review.submittedAt" field={DateField} disableSort />
        <DataTable.Col source="fileName" label="maillage.submission.fileName" disableSort />
        <DataTable.Col source="datasetId" label="maillage.submission.dataset" disableSort>
          <ReferenceField source="datasetId" reference="datasets" link={false} />
        </DataTable.Col>
        <DataTable.Col source="organizationId" label="resources.datasets.fields.organizationId" disableSort>
          <ReferenceField source="organizationId" reference="organizations" link={false} />
        </DataTable.Col>
        <DataTable.NumberCol source="siteCount" label="maillage.review.sites" disableSort />
        <DataTable.NumberCol source="openings" label="maillage.review.openings" disableSort />
        <DataTable.NumberCol source="closures" label="maillage.review.closures" disableSort />
        <DataTable.NumberCol source="moves" label="maillage.review.moves" disableSort />
        <DataTable.NumberCol source="removals" label="maillage.review.removals" disableSort />
      </DataTable>
    </List>
  );
};
