import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Box,
  Card,
  CardContent,
  Chip,
  Grid,
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { ExpressionInput } from './ExpressionInput';
import { runRules } from './formExpression';
import { freshKey, type FormRule, type FormSection, type FormValues } from './formModel';
import { FormRenderer } from './FormRenderer';
import { issuesByField } from './ruleIssues';

const OUTCOME_COLOR = { fail: 'error', pass: 'success', skip: 'default', invalid: 'warning' } as const;

/** Type values for this period and the previous one, and see which rules fire: the evaluator the server runs. */
function RuleTester({ sections, rules }: { sections: FormSection[]; rules: FormRule[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.tester.${key}`);
  const [values, setValues] = useState<FormValues>({});
  const [prev, setPrev] = useState<FormValues>({});
  const results = runRules(rules, values, { prev });
  return (
    <Card variant="outlined" className="rule-tester">
      <CardContent>
        <Typography variant="subtitle1">{t('title')}</Typography>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: 6 }} className="tester-current">
            <Typography variant="body2" color="text.secondary">
              {t('current')}
            </Typography>
            <FormRenderer
              sections={sections}
              values={values}
              onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
              issues={issuesByField(results)}
              context={{ prev }}
            />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }} className="tester-prev">
            <Typography variant="body2" color="text.secondary">
              {t('previous')}
            </Typography>
            <FormRenderer sections={sections} values={prev} onChange={(key, value) => setPrev((v) => ({ ...v, [key]: value }))} />
          </Grid>
        </Grid>
        <Table size="small" className="tester-results">
          <TableHead>
            <TableRow>
              <TableCell>{translate('gridgov.forms.rule.code')}</TableCell>
              <TableCell>{t('outcome')}</TableCell>
              <TableCell>{translate('gridgov.forms.rule.message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {results.map(({ rule, outcome }, i) => (
              <TableRow key={i} data-rule={rule.code} data-outcome={outcome}>
                <TableCell>{rule.code}</TableCell>
                <TableCell>
                  <Chip size="small" color={OUTCOME_COLOR[outcome]} label={t(outcome)} />
                </TableCell>
                <TableCell>{outcome === 'fail' ? rule.message : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** The template's rules: code, severity, expression checked as it is typed, the filer's message; then the tester. */
export function RulesEditor({ sections, rules, onChange }: { sections: FormSection[]; rules: FormRule[]; onChange: (rules: FormRule[]) => void }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.rule.${key}`);
  const set = (i: number, patch: Partial<FormRule>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack spacing={2} className="rules-editor">
      {rules.map((rule, i) => {
        const locked = rule.editable === false;
        return (
          <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} className="rule-editor" data-rule={rule.code}>
            <TextField
              size="small"
              name={`rules.${i}.code`}
              label={t('code')}
              value={rule.code}
              disabled={locked}
              onChange={(e) => set(i, { code: e.target.value })}
              sx={{ width: 120 }}
            />
            <TextField
              select
              size="small"
              name={`rules.${i}.severity`}
              label={t('severity')}
              value={rule.severity}
              disabled={locked}
              onChange={(e) => set(i, { severity: e.target.value as FormRule['severity'] })}
              sx={{ width: 110 }}
            >
              <MenuItem value="ERROR">{translate('gridgov.forms.severity.ERROR')}</MenuItem>
              <MenuItem value="WARNING">{translate('gridgov.forms.severity.WARNING')}</MenuItem>
            </TextField>
            {locked ? (
              <TextField size="small" label={t('expression')} value={rule.expression} disabled sx={{ flex: 2 }} />
            ) : (
              <ExpressionInput
                name={`rules.${i}.expression`}
                label={t('expression')}
                value={rule.expression}
                onChange={(expression) => set(i, { expression })}
                sections={sections}
              />
            )}
            <TextField
              size="small"
              name={`rules.${i}.message`}
              label={t('message')}
              value={rule.message}
              disabled={locked}
              onChange={(e) => set(i, { message: e.target.value })}
              sx={{ flex: 1.5 }}
            />
            {rule.orgName && <Chip size="small" label={rule.orgName} sx={{ mt: 1 }} />}
            <Box sx={{ pt: 0.5 }}>
              <IconButton size="small" aria-label={t('remove')} disabled={locked} onClick={() => onChange(rules.filter((_, j) => j !== i))}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Box>
          </Stack>
        );
      })}
      <Button
        label="gridgov.forms.rule.add"
        className="add-rule"
        onClick={() =>
          onChange([
            ...rules,
            {
              code: freshKey(
                'R',
                rules.map((r) => r.code),
              ),
              expression: '',
              severity: 'ERROR',
              message: '',
            },
          ])
        }
        sx={{ alignSelf: 'flex-start' }}
      >
        <AddIcon />
      </Button>
      <RuleTester sections={sections} rules={rules} />
    </Stack>
  );
}
