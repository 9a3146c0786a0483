import { Box, FormControl, InputLabel, MenuItem, Select, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip } from '@mui/material';
import type { FieldMapping, Mapping } from '@maillage/validation';
import { useTranslate } from 'react-admin';
import type { SchemaField } from './engine';

type Mode = 'column' | 'constant' | 'none';

function modeOf(mapping: FieldMapping | undefined): Mode {
  if (mapping === undefined) return 'none';
  if (typeof mapping === 'string' || 'column' in mapping) return 'column';
  if ('constant' in mapping) return 'constant';
  return 'column';
}

function columnOf(mapping: FieldMapping | undefined): string {
  if (typeof mapping === 'string') return mapping;
  if (mapping && 'column' in mapping) return mapping.column;
  if (mapping && 'columns' in mapping) return mapping.columns[0] ?? '';
  return '';
}

/** Value translations written one per line, `valeur du fichier => valeur du schéma`. */
function valuesText(mapping: FieldMapping | undefined): string {
  if (mapping && typeof mapping === 'object' && 'values' in mapping && mapping.values) {
    return Object.entries(mapping.values)
      .map(([from, to]) => `${from} => ${to}`)
      .join('\n');
  }
  return '';
}

function parseValues(text: string): Record<string, string> | undefined {
  const entries = text
    .split('\n')
    .map((line) => line.split('=>').map((part) => part.trim()))
    .filter((parts) => parts.length === 2 && parts[0] !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

interface MappingEditorProps {
  fields: SchemaField[];
  labels: string[];
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

/** One line per schema field: taken from a file column (with optional value translation), a constant, or left empty. */
export const MappingEditor = ({ fields, labels, mapping, onChange }: MappingEditorProps) => {
  const translate = useTranslate();
  const set = (field: string, value: FieldMapping | undefined) => {
    const next = { ...mapping.fields };
    if (value === undefined) delete next[field];
    else next[field] = value;
    onChange({ fields: next });
  };
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('maillage.upload.mappingTitle')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('maillage.upload.schemaField')}</TableCell>
            <TableCell>{translate('maillage.upload.source')}</TableCell>
            <TableCell>{translate('maillage.upload.value')}</TableCell>
            <TableCell>{translate('maillage.upload.translations')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => {
            const current = mapping.fields[field.name];
            const mode = modeOf(current);
            const id = `mapping-${field.name}`;
            return (
              <TableRow key={field.name} data-field={field.name}>
                <TableCell>
                  <Tooltip title={field.description ?? ''}>
                    <span>
                      <code>{field.name}</code>
                      {field.constraints?.required ? ' *' : ''}
                    </span>
                  </Tooltip>
                </TableCell>
                <TableCell>
                  <FormControl size="small" sx={{ minWidth: 150 }}>
                    <InputLabel id={`${id}-mode-label`}>{translate('maillage.upload.source')}</InputLabel>
                    <Select
                      labelId={`${id}-mode-label`}
                      label={translate('maillage.upload.source')}
                      value={mode}
                      onChange={(event) => {
                        const next = event.target.value as Mode;
                        if (next === 'none') set(field.name, undefined);
                        else if (next === 'constant') set(field.name, { constant: field.constraints?.enum?.[0] ?? '' });
                        else set(field.name, labels[0] ?? '');
                      }}
                    >
                      <MenuItem value="column">{translate('maillage.upload.modeColumn')}</MenuItem>
                      <MenuItem value="constant">{translate('maillage.upload.modeConstant')}</MenuItem>
                      <MenuItem value="none">{translate('maillage.upload.modeNone')}</MenuItem>
                    </Select>
                  </FormControl>
                </TableCell>
                <TableCell>
                  {mode === 'column' && (
                    <FormControl size="small" sx={{ minWidth: 180 }}>
                      <InputLabel id={`${id}-column-label`}>{translate('maillage.upload.column')}</InputLabel>
                      <Select
                        labelId={`${id}-column-label`}
                        label={translate('maillage.upload.column')}
                        value={labels.includes(columnOf(current)) ? columnOf(current) : ''}
                        onChange={(event) => {
                          const values = parseValues(valuesText(current));
                          set(field.name, values ? { column: event.target.value, values } : event.target.value);
                        }}
                      >
                        {labels.map((label) => (
                          <MenuItem key={label} value={label}>
                            {label}
                          </MenuItem>
                        ))}
                      </Select>
                    </FormControl>
                  )}
                  {mode === 'constant' && current && typeof current === 'object' && 'constant' in current && (
                    <TextField size="small" label={translate('maillage.upload.constant')} value={current.constant} onChange={(event) => set(field.name, { constant: event.target.value })} />
                  )}
                </TableCell>
                <TableCell>
                  {mode === 'column' && (
                    <TextField
                      key={valuesText(current)}
                      size="small"
                      multiline
                      minRows={1}
                      label={translate('maillage.upload.translations')}
                      placeholder="Fixe => permanent"
                      defaultValue={valuesText(current)}
                      onBlur={(event) => {
                        const values = parseValues(event.target.value);
                        const column = columnOf(current);
                        set(field.name, values ? { column, values } : column);
                      }}
                    />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
