import { useEffect, useState } from 'react';
import { AutocompleteInput, Create, Edit, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { apiGet } from '../api/http';

interface CatalogSchema {
  name: string;
  title: string | null;
  latestVersion: string;
  versions: { version: string }[];
}

function useSchemaCatalog(): CatalogSchema[] {
  const [schemas, setSchemas] = useState<CatalogSchema[]>([]);
  useEffect(() => {
    apiGet<CatalogSchema[]>('/schemas').then(setSchemas, () => setSchemas([]));
  }, []);
  return schemas;
}

const SchemaInputs = () => {
  const schemas = useSchemaCatalog();
  const versions = [...new Set(schemas.flatMap((schema) => schema.versions.map((entry) => entry.version)))];
  return (
    <>
      <SelectInput source="schemaName" choices={schemas.map((schema) => ({ id: schema.name, name: schema.title ? `${schema.title} (${schema.name})` : schema.name }))} defaultValue="sites-publics" />
      <SelectInput source="schemaVersion" choices={versions.map((version) => ({ id: version, name: version }))} helperText="maillage.help.schemaVersion" />
    </>
  );
};

export const DatasetCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="slug" helperText="maillage.help.slug" />
      <TextInput source="description" multiline fullWidth />
      <SchemaInputs />
    </SimpleForm>
  </Create>
);

export const DatasetEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="slug" />
      <TextInput source="description" multiline fullWidth />
      <SchemaInputs />
    </SimpleForm>
  </Edit>
);
