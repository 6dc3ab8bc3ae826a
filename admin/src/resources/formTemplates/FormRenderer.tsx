import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  Grid,
  IconButton,
  InputAdornment,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Button, useLocaleState, useTranslate } from 'react-admin';
import { computeField, type RuleContext } from './formExpression';
import {
  allFields,
  labelOf,
  type FormColumn,
  type FormField,
  type FormOption,
  type FormSection,
  type FormValues,
  type Severity,
  type TableRow as Row,
} from './formModel';
import { useDictionaryOptions } from './useDictionaryOptions';

export interface FieldIssue {
  severity: Severity;
  message: string;
  ruleCode?: string | null;
}

interface RendererProps {
  sections: readonly FormSection[];
  values: FormValues;
  onChange?: (key: string, value: unknown) => void;
  /** rule messages by field key */
  issues?: Record<string, FieldIssue[]>;
  /** the approver's return reasons by field key */
  returnReasons?: Record<string, string>;
  readOnly?: boolean;
  /** something of the caller's under each field, e.g. the approver's return-reason input */
  fieldAddon?: (field: FormField) => ReactNode;
  /** what prev(), prevYear() and value() read in computed fields */
  context?: RuleContext;
}

const numberOrNull = (text: string): number | null => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));
const display = (value: unknown) => (value == null ? '' : String(value));

function ScalarInput({
  name,
  type,
  label,
  value,
  options,
  onChange,
  readOnly,
  unit,
  error,
  helperText,
  required,
}: {
  name: string;
  type: FormField['type'] | FormColumn['type'];
  label?: string;
  value: unknown;
  options: FormOption[];
  onChange: (value: unknown) => void;
  readOnly?: boolean;
  unit?: string | null;
  error?: boolean;
  helperText?: string;
  required?: boolean;
}) {
  const common = {
    name,
    label,
    size: 'small' as const,
    fullWidth: true,
    required,
    error,
    helperText,
    disabled: readOnly,
  };
  switch (type) {
    case 'BOOLEAN':
      return (
        <FormControlLabel
          control={<Checkbox name={name} checked={value === true} disabled={readOnly} onChange={(e) => onChange(e.target.checked)} />}
          label={label ?? ''}
        />
      );
    case 'NUMBER':
    case 'INTEGER':
      return (
        <TextField
          {...common}
          type="number"
          value={display(value)}
          onChange={(e) => onChange(numberOrNull(e.target.value))}
          slotProps={{
            htmlInput: { step: type === 'INTEGER' ? 1 : 'any' },
            input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
          }}
        />
      );
    case 'DATE':
      return (
        <TextField
          {...common}
          type="date"
          value={display(value)}
          onChange={(e) => onChange(e.target.value || null)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      );
    case 'SELECT':
      return (
        <TextField {...common} select value={display(value)} onChange={(e) => onChange(e.target.value || null)}>
          <MenuItem value="">—</MenuItem>
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      );
    case 'MULTI_SELECT':
      return (
        <TextField
          {...common}
          select
          value={Array.isArray(value) ? value : []}
          onChange={(e) => onChange(e.target.value)}
          slotProps={{ select: { multiple: true } }}
        >
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      );
    default:
      return <TextField {...common} value={display(value)} onChange={(e) => onChange(e.target.value)} multiline={type === 'TEXT' && label !== undefined} />;
  }
}

function TableInput({
  field,
  rows,
  onChange,
  readOnly,
  optionsOf,
}: {
  field: FormField;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  readOnly?: boolean;
  optionsOf: (item: { options?: FormOption[] | null }) => FormOption[];
}) {
  const [locale] = useLocaleState();
  const columns = field.columns ?? [];
  const setCell = (i: number, key: string, value: unknown) => onChange(rows.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  return (
    <Box className={`form-table form-table-${field.key}`}>
      <Table size="small">
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.key}>{labelOf(c, locale)}</TableCell>
            ))}
            {!readOnly && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={i}>
              {columns.map((c) => (
                <TableCell key={c.key}>
                  <ScalarInput
                    name={`${field.key}.${i}.${c.key}`}
                    type={c.type}
                    value={row[c.key]}
                    options={optionsOf(c)}
                    onChange={(v) => setCell(i, c.key, v)}
                    readOnly={readOnly}
                  />
                </TableCell>
              ))}
              {!readOnly && (
                <TableCell padding="checkbox">
                  <IconButton size="small" aria-label="remove-row" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!readOnly && (
        <Button label="gridgov.forms.addRow" className="add-row" onClick={() => onChange([...rows, {}])}>
          <AddIcon />
        </Button>
      )}
    </Box>
  );
}

/** Any template, filled or empty: the builder's preview, the filling screen and the approval screen. */
export function FormRenderer({ sections, values, onChange, issues = {}, returnReasons = {}, readOnly, fieldAddon, context }: RendererProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dictionaryOptions = useDictionaryOptions(allFields(sections).flatMap((f) => [f.dictionaryType ?? '']));
  const optionsOf = (item: { options?: FormOption[] | null; dictionaryType?: string | null }) =>
    (item.dictionaryType ? dictionaryOptions[item.dictionaryType] : item.options) ?? [];
  const set = (key: string) => (value: unknown) => onChange?.(key, value);
  return (
    <Box className="form-renderer">
      {sections.map((section) => (
        <Card key={section.key} variant="outlined" sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>
              {locale === 'en' && section.labelEn ? section.labelEn : section.label}
            </Typography>
            <Grid container spacing={2}>
              {section.fields.map((field) => {
                const fieldIssues = issues[field.key] ?? [];
                const reason = returnReasons[field.key];
                const label = labelOf(field, locale);
                const wide = field.type === 'TABLE' || field.type === 'TEXT' || field.type === 'MULTI_SELECT';
                return (
                  <Grid key={field.key} size={{ xs: 12, md: wide ? 12 : 6 }} className={`form-field form-field-${field.key}`} data-field={field.key}>
                    {field.type === 'TABLE' ? (
                      <>
                        <Typography variant="body2" color="text.secondary">
                          {label}
                        </Typography>
                        <TableInput
                          field={field}
                          rows={Array.isArray(values[field.key]) ? (values[field.key] as Row[]) : []}
                          onChange={set(field.key)}
                          readOnly={readOnly}
                          optionsOf={optionsOf}
                        />
                      </>
                    ) : field.type === 'COMPUTED' ? (
                      <TextField
                        name={field.key}
                        label={label}
                        size="small"
                        fullWidth
                        disabled
                        value={display(computeField(field.expression ?? '', values, context))}
                        helperText={field.expression ?? ''}
                        slotProps={{ input: field.unit ? { endAdornment: <InputAdornment position="end">{field.unit}</InputAdornment> } : undefined }}
                      />
                    ) : (
                      <ScalarInput
                        name={field.key}
                        type={field.type}
                        label={label}
                        value={values[field.key]}
                        options={optionsOf(field)}
                        onChange={set(field.key)}
                        readOnly={readOnly}
                        unit={field.unit}
                        required={field.required === true}
                        error={fieldIssues.some((i) => i.severity === 'ERROR')}
                        helperText={field.help ?? undefined}
                      />
                    )}
                    {fieldIssues.map((issue, i) => (
                      <Alert key={i} severity={issue.severity === 'ERROR' ? 'error' : 'warning'} sx={{ mt: 0.5, py: 0 }} className="field-issue">
                        {issue.message}
                      </Alert>
                    ))}
                    {reason && (
                      <Alert severity="info" sx={{ mt: 0.5, py: 0 }} className="return-reason">
                        {translate('gridgov.forms.returnReason')}: {reason}
                      </Alert>
                    )}
                    {fieldAddon?.(field)}
                  </Grid>
                );
              })}
            </Grid>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
