import { ReferenceManyCount, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { OrganizationKindField } from './OrganizationKindField';

export const OrganizationShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="slug" />
        <TextField source="siren" />
        <OrganizationKindField />
        <ReferenceManyCount
          label={translate('resources.datasets.name', { smart_count: 2 })}
          reference="datasets"
          target="organizationId"
          sort={{ field: 'name', order: 'ASC' }}
          link
        />
      </SimpleShowLayout>
    </Show>
  );
};
