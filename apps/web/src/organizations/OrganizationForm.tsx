import { Create, Edit, SelectInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';

const KINDS = ['ministere', 'direction', 'operateur', 'collectivite', 'autre'];

const sirenFormat = (value: string | undefined) => (value && !/^\d{9}$/.test(value) ? 'maillage.validation.siren' : undefined);

const OrganizationFields = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="slug" helperText="maillage.help.slug" />
      <TextInput source="siren" validate={sirenFormat} helperText="maillage.help.siren" />
      <SelectInput source="kind" validate={required()} choices={KINDS.map((kind) => ({ id: kind, name: translate(`resources.organizations.kinds.${kind}`) }))} />
    </>
  );
};

export const OrganizationCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <OrganizationFields />
    </SimpleForm>
  </Create>
);

export const OrganizationEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <OrganizationFields />
    </SimpleForm>
  </Edit>
);
