import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS: Record<string, 'default' | 'info' | 'success' | 'error' | 'warning' | 'primary'> = {
  received: 'default',
  validating: 'info',
  valid: 'success',
  invalid: 'error',
  errored: 'error',
  submitted: 'primary',
  approved: 'info',
  published: 'success',
  changes_requested: 'warning',
  withdrawn: 'default',
};

export const StatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLORS[status] ?? 'default'} label={translate(`maillage.status.${status}`, { _: status })} />;
};

/** Usable as a react-admin field (DataTable.Col field=…) inside a submission record. */
export const StatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return record ? <StatusChip status={String(record.status)} /> : null;
};
