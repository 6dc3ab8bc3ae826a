import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Checkbox, Collapse, FormControlLabel, IconButton, MenuItem, Paper, Radio, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { ExpressionInput } from './ExpressionInput';
import { COLUMN_TYPES, FIELD_TYPES, freshKey, isNumeric, type FormColumn, type FormField, type FormSection } from './formModel';
import { OptionsEditor } from './OptionsEditor';

const numberOrNull = (text: string) => (text === '' ? null : Number(text));

function ColumnsEditor({ name, columns, onChange }: { name: string; columns: FormColumn[]; onChange: (columns: FormColumn[]) => void }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.builder.${key}`);
  const set = (i: number, patch: Partial<FormColumn>) => onChange(columns.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Stack spacing={1} className="columns-editor">
      <Typography variant="body2" color="text.secondary">
        {t('columns')}
      </Typography>
      {columns.map((c, i) => (
        <Stack key={i} spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField
              size="small"
              name={`${name}.columns.${i}.key`}
              label={t('key')}
              value={c.key}
              onChange={(e) => set(i, { key: e.target.value })}
              sx={{ width: 130, flexShrink: 0 }}
            />
            <TextField
              size="small"
              name={`${name}.columns.${i}.label`}
              label={t('label')}
              value={c.label}
              onChange={(e) => set(i, { label: e.target.value })}
            />
            <TextField
              size="small"
              name={`${name}.columns.${i}.labelEn`}
              label={t('labelEn')}
              value={c.labelEn ?? ''}
              onChange={(e) => set(i, { labelEn: e.target.value })}
            />
            <TextField
              select
              size="small"
              name={`${name}.columns.${i}.type`}
              label={t('type')}
              value={c.type}
              onChange={(e) => set(i, { type: e.target.value as FormColumn['type'] })}
              sx={{ width: 130, flexShrink: 0 }}
            >
              {COLUMN_TYPES.map((type) => (
                <MenuItem key={type} value={type}>
                  {translate(`gridgov.forms.fieldType.${type}`)}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel
              control={<Radio size="small" checked={c.rowKey === true} onChange={() => onChange(columns.map((other, j) => ({ ...other, rowKey: j === i })))} />}
              label={t('rowKey')}
              sx={{ whiteSpace: 'nowrap' }}
            />
            <IconButton size="small" aria-label={t('remove')} onClick={() => onChange(columns.filter((_, j) => j !== i))}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Stack>
          {c.type === 'SELECT' && (
            <Box sx={{ pl: 4 }}>
              <OptionsEditor name={`${name}.columns.${i}`} options={c.options ?? []} onChange={(options) => set(i, { options })} />
            </Box>
          )}
        </Stack>
      ))}
      <Button
        label="gridgov.forms.builder.addColumn"
        className="add-column"
        onClick={() =>
          onChange([
            ...columns,
            {
              key: freshKey(
                'c',
                columns.map((c) => c.key),
              ),
              label: '',
              type: 'NUMBER',
            },
          ])
        }
        sx={{ alignSelf: 'flex-start' }}
      >
        <AddIcon />
      </Button>
    </Stack>
  );
}

/** One field: the essentials on a line, the rest (bounds, unit, help, options, columns, expression) unfolded on demand. */
export function FieldEditor({
  field,
  index,
  count,
  sections,
  onChange,
  onMove,
  onRemove,
}: {
  field: FormField;
  index: number;
  count: number;
  sections: readonly FormSection[];
  onChange: (field: FormField) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.builder.${key}`);
  const [open, setOpen] = useState(field.label === '');
  const set = (patch: Partial<FormField>) => onChange({ ...field, ...patch });
  const name = `fields.${field.key}`;
  const selecting = field.type === 'SELECT' || field.type === 'MULTI_SELECT';
  return (
    <Paper variant="outlined" sx={{ p: 1 }} className="field-editor" data-field={field.key}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          name={`${name}.key`}
          label={t('key')}
          value={field.key}
          onChange={(e) => set({ key: e.target.value })}
          sx={{ width: 150, flexShrink: 0 }}
        />
        <TextField
          size="small"
          name={`${name}.label`}
          label={t('label')}
          value={field.label}
          onChange={(e) => set({ label: e.target.value })}
          sx={{ flex: 1 }}
        />
        <TextField
          select
          size="small"
          name={`${name}.type`}
          label={t('type')}
          value={field.type}
          onChange={(e) => set({ type: e.target.value as FormField['type'] })}
          sx={{ width: 140, flexShrink: 0 }}
        >
          {FIELD_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {translate(`gridgov.forms.fieldType.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox size="small" checked={field.required === true} onChange={(e) => set({ required: e.target.checked })} />}
          label={t('required')}
        />
        <IconButton size="small" aria-label={t('up')} disabled={index === 0} onClick={() => onMove(-1)}>
          <ArrowUpwardIcon fontSize="small" />
        </IconButton>
        <IconButton size="small" aria-label={t('down')} disabled={index === count - 1} onClick={() => onMove(1)}>
          <ArrowDownwardIcon fontSize="small" />
        </IconButton>
        <IconButton size="small" aria-label={t('remove')} onClick={onRemove}>
          <DeleteIcon fontSize="small" />
        </IconButton>
        <IconButton size="small" aria-label={t('details')} onClick={() => setOpen(!open)}>
          {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
        </IconButton>
      </Stack>
      <Collapse in={open}>
        <Stack spacing={1} sx={{ pt: 1, pl: 2 }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <TextField
              size="small"
              name={`${name}.labelEn`}
              label={t('labelEn')}
              value={field.labelEn ?? ''}
              onChange={(e) => set({ labelEn: e.target.value })}
            />
            {isNumeric(field.type) && (
              <>
                <TextField
                  size="small"
                  type="number"
                  name={`${name}.min`}
                  label={t('min')}
                  value={field.min ?? ''}
                  onChange={(e) => set({ min: numberOrNull(e.target.value) })}
                  sx={{ width: 110 }}
                />
                <TextField
                  size="small"
                  type="number"
                  name={`${name}.max`}
                  label={t('max')}
                  value={field.max ?? ''}
                  onChange={(e) => set({ max: numberOrNull(e.target.value) })}
                  sx={{ width: 110 }}
                />
              </>
            )}
            {(isNumeric(field.type) || field.type === 'COMPUTED') && (
              <TextField
                size="small"
                name={`${name}.unit`}
                label={t('unit')}
                value={field.unit ?? ''}
                onChange={(e) => set({ unit: e.target.value })}
                sx={{ width: 110 }}
              />
            )}
            <TextField
              size="small"
              name={`${name}.help`}
              label={t('help')}
              value={field.help ?? ''}
              onChange={(e) => set({ help: e.target.value })}
              sx={{ flex: 1, minWidth: 200 }}
            />
          </Stack>
          {selecting && (
            <>
              <TextField
                size="small"
                name={`${name}.dictionaryType`}
                label={t('dictionaryType')}
                helperText={t('dictionaryHelp')}
                value={field.dictionaryType ?? ''}
                onChange={(e) => set({ dictionaryType: e.target.value || null })}
                sx={{ maxWidth: 360 }}
              />
              {!field.dictionaryType && <OptionsEditor name={name} options={field.options ?? []} onChange={(options) => set({ options })} />}
            </>
          )}
          {field.type === 'TABLE' && <ColumnsEditor name={name} columns={field.columns ?? []} onChange={(columns) => set({ columns })} />}
          {field.type === 'COMPUTED' && (
            <ExpressionInput
              name={`${name}.expression`}
              label={t('expression')}
              value={field.expression ?? ''}
              onChange={(expression) => set({ expression })}
              sections={sections}
            />
          )}
        </Stack>
      </Collapse>
    </Paper>
  );
}
