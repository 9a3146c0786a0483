import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { Summary } from '@maillage/validation';
import { useTranslate } from 'react-admin';
import { formatCount } from './format';

/** The report for a person: per kind of problem and column, how many, one example, and how to fix it. */
export const SummaryTable = ({ summary, limit }: { summary: Summary; limit?: number }) => {
  const translate = useTranslate();
  const items = limit ? summary.items.slice(0, limit) : summary.items;
  if (items.length === 0) return null;
  return (
    <Table size="small" aria-label={translate('maillage.report.summaryTitle')} sx={{ '& td': { verticalAlign: 'top' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('maillage.report.problem')}</TableCell>
          <TableCell>{translate('maillage.report.column')}</TableCell>
          <TableCell align="right">{translate('maillage.report.count')}</TableCell>
          <TableCell>{translate('maillage.report.example')}</TableCell>
          <TableCell>{translate('maillage.report.howToFix')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={`${item.severity}-${item.type}-${item.fieldName ?? ''}`} data-type={item.type}>
            <TableCell>
              <Chip size="small" label={translate(`maillage.report.${item.severity}`)} color={item.severity === 'error' ? 'error' : 'warning'} sx={{ mr: 1 }} />
              {item.title}
            </TableCell>
            <TableCell>
              {item.sourceColumn ?? item.fieldName ?? '—'}
              {item.sourceColumn && item.fieldName && item.sourceColumn !== item.fieldName ? ` (${item.fieldName})` : ''}
            </TableCell>
            <TableCell align="right">{formatCount(item.count)}</TableCell>
            <TableCell>
              {item.example?.rowNumber !== undefined && translate('maillage.report.row', { row: item.example.rowNumber })}
              {item.example?.value !== undefined && item.example.value !== '' && (
                <>
                  {' '}
                  « <code>{item.example.value}</code> »
                </>
              )}
              <div>{item.example?.message}</div>
            </TableCell>
            <TableCell>{item.hint}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
