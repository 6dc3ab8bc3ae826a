import PublishIcon from '@mui/icons-material/Publish';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Chip, MenuItem, Stack, Tab, Tabs, TextField } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Button, useLocaleState, useTranslate } from 'react-admin';
import { syntaxProblem } from './formExpression';
import { PERIOD_TYPES, allFields, type FormRule, type FormSection, type FormValues, type PeriodType } from './formModel';
import { FormRenderer } from './FormRenderer';
import { RulesEditor } from './RulesEditor';
import { SectionsEditor } from './SectionsEditor';

export interface TemplateDraft {
  code: string;
  name: string;
  periodType: PeriodType;
  sections: FormSection[];
  rules: FormRule[];
}

/** What keeps a draft from being saved, found before the server is asked. */
function draftProblems(draft: TemplateDraft, locale: string, t: (key: string, options?: object) => string): string[] {
  const problems: string[] = [];
  const keys = allFields(draft.sections).map((f) => f.key);
  const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (twice.length) problems.push(t('gridgov.forms.builder.duplicateKeys', { keys: [...new Set(twice)].join(', ') }));
  for (const rule of draft.rules) {
    const problem = syntaxProblem(rule.expression, draft.sections, locale);
    if (problem) problems.push(`${rule.code}: ${problem.message}`);
  }
  for (const field of allFields(draft.sections)) {
    const problem = field.type === 'COMPUTED' ? syntaxProblem(field.expression ?? '', draft.sections, locale) : null;
    if (problem) problems.push(`${field.key}: ${problem.message}`);
  }
  return problems;
}

/** The template builder: header, sections and fields, rules with their tester, and a preview of the filled form. */
export function TemplateBuilder({
  initial,
  status,
  saving,
  onSave,
  onPublish,
  rulesOnly = false,
  actions,
}: {
  /** more buttons next to save and publish */
  actions?: ReactNode;
  /** a lower level: it sees the form and adds rules of its own, and changes nothing else */
  rulesOnly?: boolean;
  initial: TemplateDraft;
  status?: string;
  saving?: boolean;
  onSave: (draft: TemplateDraft) => void;
  onPublish?: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [draft, setDraft] = useState(initial);
  const [tab, setTab] = useState(rulesOnly ? 'rules' : 'design');
  const [preview, setPreview] = useState<FormValues>({});
  const t = (key: string) => translate(`gridgov.forms.builder.${key}`);
  const set = (patch: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = draftProblems(draft, locale, translate);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const readOnly = status === 'RETIRED';
  return (
    <Stack spacing={2} sx={{ p: 2 }} className="template-builder">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          name="code"
          label={translate('resources.formTemplates.fields.code')}
          value={draft.code}
          onChange={(e) => set({ code: e.target.value })}
          disabled={!!status}
          sx={{ width: 220, flexShrink: 0 }}
        />
        <TextField
          size="small"
          name="name"
          label={translate('resources.formTemplates.fields.name')}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          disabled={rulesOnly}
          sx={{ flex: 1, minWidth: 240 }}
        />
        <TextField
          select
          size="small"
          name="periodType"
          label={translate('resources.formTemplates.fields.periodType')}
          value={draft.periodType}
          onChange={(e) => set({ periodType: e.target.value as PeriodType })}
          disabled={rulesOnly}
          sx={{ width: 140, flexShrink: 0 }}
        >
          {PERIOD_TYPES.map((p) => (
            <MenuItem key={p} value={p}>
              {translate(`gridgov.forms.periodType.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        {status && <Chip label={translate(`gridgov.forms.templateStatus.${status}`)} className="template-status" />}
      </Stack>
      <Tabs value={tab} onChange={(_, v: string) => setTab(v)}>
        {!rulesOnly && <Tab value="design" label={t('design')} />}
        <Tab value="rules" label={t('rules')} className="tab-rules" />
        <Tab value="preview" label={t('preview')} className="tab-preview" />
      </Tabs>
      <Box hidden={tab !== 'design'}>
        <SectionsEditor sections={draft.sections} onChange={(sections) => set({ sections })} />
      </Box>
      <Box hidden={tab !== 'rules'}>
        {tab === 'rules' && <RulesEditor sections={draft.sections} rules={draft.rules} onChange={(rules) => set({ rules })} />}
      </Box>
      <Box hidden={tab !== 'preview'}>
        {tab === 'preview' && (
          <FormRenderer sections={draft.sections} values={preview} onChange={(key, value) => setPreview((v) => ({ ...v, [key]: value }))} />
        )}
      </Box>
      {problems.length > 0 && (
        <Alert severity="error" className="builder-problems">
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      )}
      <Stack direction="row" spacing={2}>
        <Button
          label={status === 'PUBLISHED' && !rulesOnly ? 'gridgov.forms.builder.newVersion' : 'ra.action.save'}
          variant="contained"
          className="save-template"
          disabled={saving || readOnly || !dirty || problems.length > 0}
          onClick={() => onSave(draft)}
        >
          <SaveIcon />
        </Button>
        {onPublish && !rulesOnly && (
          <Button
            label="gridgov.forms.builder.publish"
            variant="outlined"
            className="publish-template"
            disabled={saving || dirty || problems.length > 0}
            onClick={onPublish}
          >
            <PublishIcon />
          </Button>
        )}
        {actions}
      </Stack>
    </Stack>
  );
}
