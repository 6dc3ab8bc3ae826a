import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Stack, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import type { FormOption } from './formModel';

/** A select's own options: value, label and an optional score (surveys score answers this way). */
export function OptionsEditor({ name, options, onChange }: { name: string; options: FormOption[]; onChange: (options: FormOption[]) => void }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.builder.${key}`);
  const set = (i: number, patch: Partial<FormOption>) => onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <Stack spacing={1}>
      {options.map((o, i) => (
        <Stack key={i} direction="row" spacing={1}>
          <TextField
            size="small"
            name={`${name}.options.${i}.value`}
            label={t('optionValue')}
            value={o.value}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          <TextField
            size="small"
            name={`${name}.options.${i}.label`}
            label={t('optionLabel')}
            value={o.label}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <TextField
            size="small"
            type="number"
            name={`${name}.options.${i}.score`}
            label={t('optionScore')}
            value={o.score ?? ''}
            onChange={(e) => set(i, { score: e.target.value === '' ? null : Number(e.target.value) })}
            sx={{ width: 110 }}
          />
          <IconButton size="small" aria-label={t('remove')} onClick={() => onChange(options.filter((_, j) => j !== i))}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <Button
        label="gridgov.forms.builder.addOption"
        onClick={() => onChange([...options, { value: String(options.length + 1), label: '' }])}
        sx={{ alignSelf: 'flex-start' }}
      >
        <AddIcon />
      </Button>
    </Stack>
  );
}
