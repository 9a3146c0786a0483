import { Box, FormControl, InputLabel, MenuItem, Select, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { EngineReportError, Report } from '@maillage/validation';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';

interface RowProblems {
  rowNumber: number;
  cells: Map<string, EngineReportError[]>;
}

const PAGE = 100;

/** The table already says the row and the column: « Ligne 50, colonne « code_postal » : » is left out of the cell. */
function withoutPlace(message: string): string {
  const text = message.replace(/^(Ligne|Row) \d+, (colonne|column) « [^»]*» : /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rows in error, one line per row, faulty cells highlighted; filterable by column and by kind of problem. */
export const ErrorsTable = ({ report }: { report: Report }) => {
  const translate = useTranslate();
  const task = report.tasks[0];
  const problems = useMemo(() => [...(task?.errors ?? []), ...(task?.warnings ?? [])], [task]);
  const columns = useMemo(() => [...new Set(problems.map((problem) => problem.sourceColumn ?? problem.fieldName ?? '').filter(Boolean))], [problems]);
  const types = useMemo(() => [...new Map(problems.map((problem) => [problem.type, problem.title])).entries()], [problems]);
  const [column, setColumn] = useState('');
  const [type, setType] = useState('');

  const rows = useMemo(() => {
    const byRow = new Map<number, RowProblems>();
    for (const problem of problems) {
      const name = problem.sourceColumn ?? problem.fieldName ?? '';
      if ((column && name !== column) || (type && problem.type !== type) || problem.rowNumber === undefined) continue;
      const entry = byRow.get(problem.rowNumber) ?? { rowNumber: problem.rowNumber, cells: new Map() };
      entry.cells.set(name, [...(entry.cells.get(name) ?? []), problem]);
      byRow.set(problem.rowNumber, entry);
    }
    return [...byRow.values()].sort((a, b) => a.rowNumber - b.rowNumber);
  }, [problems, column, type]);
  const shownColumns = column ? [column] : columns;

  if (problems.length === 0) return <Typography>{translate('maillage.report.noProblem')}</Typography>;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <FormControl size="small" sx={{ minWidth: 200 }}>
          <InputLabel id="filter-column-label">{translate('maillage.report.column')}</InputLabel>
          <Select labelId="filter-column-label" label={translate('maillage.report.column')} value={column} onChange={(event) => setColumn(event.target.value)}>
            <MenuItem value="">{translate('maillage.report.allColumns')}</MenuItem>
            {columns.map((name) => (
              <MenuItem key={name} value={name}>
                {name}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl size="small" sx={{ minWidth: 260 }}>
          <InputLabel id="filter-type-label">{translate('maillage.report.problem')}</InputLabel>
          <Select labelId="filter-type-label" label={translate('maillage.report.problem')} value={type} onChange={(event) => setType(event.target.value)}>
            <MenuItem value="">{translate('maillage.report.allTypes')}</MenuItem>
            {types.map(([id, title]) => (
              <MenuItem key={id} value={id}>
                {title}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Box>
      <Typography variant="body2">{translate('maillage.report.rowsShown', { shown: Math.min(rows.length, PAGE), total: rows.length })}</Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('maillage.report.rowsTitle')} data-testid="errors-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('maillage.report.rowNumber')}</TableCell>
              {shownColumns.map((name) => (
                <TableCell key={name}>{name}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(0, PAGE).map((row) => (
              <TableRow key={row.rowNumber}>
                <TableCell>{row.rowNumber}</TableCell>
                {shownColumns.map((name) => {
                  const cellProblems = row.cells.get(name);
                  if (!cellProblems) return <TableCell key={name} />;
                  const isError = cellProblems.some((problem) => problem.severity !== 'warning');
                  return (
                    <TableCell key={name} sx={{ bgcolor: isError ? '#fde8e8' : '#fff4e0', borderLeft: 3, borderLeftColor: isError ? '#b3261e' : '#8a5300' }} data-severity={isError ? 'error' : 'warning'}>
                      <code>{cellProblems[0].cell ?? ''}</code>
                      {cellProblems.map((problem, index) => (
                        <Typography key={index} variant="body2">
                          {withoutPlace(problem.message)}
                        </Typography>
                      ))}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};
