import { FunctionField, useTranslate, type FunctionFieldProps } from 'react-admin';

/** Shows the kind in the reader's language, falling back to the API's code for kinds not yet translated. */
export const OrganizationKindField = (props: Omit<FunctionFieldProps, 'render'>) => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="kind"
      {...props}
      render={(record) =>
        record.kind ? translate(`resources.organizations.kinds.${record.kind}`, { _: record.kind }) : ''
      }
    />
  );
};
