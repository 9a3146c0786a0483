import PeopleIcon from '@mui/icons-material/People';
import {

  AutocompleteArrayInput,
  BooleanField,
  BooleanInput,
  ChipField,
  Create,
  DataTable,
  DateField,
  Edit,
  FunctionField,
  List,
  PasswordInput,
  ReferenceArrayField,
  ReferenceArrayInput,
  SearchInput,
  SelectArrayInput,
  SimpleForm,
  SingleFieldList,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';

const ROLES = ['producer', 'reviewer', 'admin'];

const RolesInput = () => {
  const translate = useTranslate();
  return <SelectArrayInput source="roles" validate={required()} choices={ROLES.map((id) => ({ id, name: translate(`maillage.roles.${id}`) }))} />;
};

const OrganizationsInput = () => (
  <ReferenceArrayInput source="organizationIds" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput helperText="maillage.help.userOrganizations" />
  </ReferenceArrayInput>
);

const minLength = (value: string | undefined) => (value && value.length < 12 ? 'maillage.validation.password' : undefined);

export const UserList = () => {
  const translate = useTranslate();
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'username', order: 'ASC' }}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="roles" disableSort>
          <FunctionField render={(record) => (record.roles as string[]).map((role) => translate(`maillage.roles.${role}`)).join(', ')} />
        </DataTable.Col>
        <DataTable.Col source="organizationIds" disableSort>
          <ReferenceArrayField source="organizationIds" reference="organizations">
            <SingleFieldList linkType={false}>
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="lastLoginAt" field={DateField} />
      </DataTable>
    </List>
  );
};

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="username" validate={required()} autoComplete="off" />
      <PasswordInput source="password" validate={[required(), minLength]} autoComplete="new-password" helperText="maillage.help.password" />
      <RolesInput />
      <OrganizationsInput />
    </SimpleForm>
  </Create>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="username" disabled />
      <RolesInput />
      <OrganizationsInput />
      <BooleanInput source="active" />
      <PasswordInput source="password" validate={minLength} autoComplete="new-password" helperText="maillage.help.resetPassword" />
    </SimpleForm>
  </Edit>
);


export default { list: UserList, create: UserCreate, edit: UserEdit, icon: PeopleIcon, recordRepresentation: 'username' };
