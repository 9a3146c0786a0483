import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const DatasetShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="slug" />
      <ReferenceField source="organizationId" reference="organizations" link="show" />
      <TextField source="description" />
      <TextField source="schemaName" />
      <TextField source="schemaVersion" />
    </SimpleShowLayout>
  </Show>
);
