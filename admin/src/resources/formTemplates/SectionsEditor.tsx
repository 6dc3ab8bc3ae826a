import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import { Card, CardContent, IconButton, Stack, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { FieldEditor } from './FieldEditor';
import { allFields, freshKey, moved, type FormField, type FormSection } from './formModel';

/** Sections in order, each with its fields in order. */
export function SectionsEditor({ sections, onChange }: { sections: FormSection[]; onChange: (sections: FormSection[]) => void }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.builder.${key}`);
  const setSection = (i: number, patch: Partial<FormSection>) => onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const setFields = (i: number, fields: FormField[]) => setSection(i, { fields });
  const addField = (i: number) => {
    const key = freshKey(
      'f',
      allFields(sections).map((f) => f.key),
    );
    setFields(i, [...sections[i]!.fields, { key, label: '', type: 'NUMBER', required: false }]);
  };
  return (
    <Stack spacing={2} className="sections-editor">
      {sections.map((section, i) => (
        <Card key={i} variant="outlined" className="section-editor">
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <TextField
                size="small"
                name={`sections.${i}.label`}
                label={t('sectionTitle')}
                value={section.label}
                onChange={(e) => setSection(i, { label: e.target.value })}
                sx={{ flex: 1 }}
              />
              <TextField
                size="small"
                name={`sections.${i}.labelEn`}
                label={t('sectionTitleEn')}
                value={section.labelEn ?? ''}
                onChange={(e) => setSection(i, { labelEn: e.target.value })}
                sx={{ flex: 1 }}
              />
              <IconButton size="small" aria-label={t('up')} disabled={i === 0} onClick={() => onChange(moved(sections, i, -1))}>
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={t('down')} disabled={i === sections.length - 1} onClick={() => onChange(moved(sections, i, 1))}>
                <ArrowDownwardIcon fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={t('removeSection')} onClick={() => onChange(sections.filter((_, j) => j !== i))}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
            <Stack spacing={1}>
              {section.fields.map((field, k) => (
                <FieldEditor
                  key={k}
                  field={field}
                  index={k}
                  count={section.fields.length}
                  sections={sections}
                  onChange={(next) =>
                    setFields(
                      i,
                      section.fields.map((f, j) => (j === k ? next : f)),
                    )
                  }
                  onMove={(by) => setFields(i, moved(section.fields, k, by))}
                  onRemove={() =>
                    setFields(
                      i,
                      section.fields.filter((_, j) => j !== k),
                    )
                  }
                />
              ))}
              <Button label="gridgov.forms.builder.addField" className="add-field" onClick={() => addField(i)} sx={{ alignSelf: 'flex-start' }}>
                <AddIcon />
              </Button>
            </Stack>
          </CardContent>
        </Card>
      ))}
      <Button
        label="gridgov.forms.builder.addSection"
        className="add-section"
        variant="outlined"
        onClick={() =>
          onChange([
            ...sections,
            {
              key: freshKey(
                's',
                sections.map((s) => s.key),
              ),
              label: '',
              fields: [],
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
