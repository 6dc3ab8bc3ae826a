import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { FunctionField, Labeled, NumberField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { AssessmentSchemeQuery } from '../../graphql/graphql';
import { PublishedState } from './SchemeList';

type Scheme = NonNullable<AssessmentSchemeQuery['assessmentScheme']>;
type Indicator = Scheme['indicators'][number];

/** LINEAR 0→100, or the threshold steps, as one line. */
function useMappingText() {
  const translate = useTranslate();
  return (i: Indicator) => {
    const m = i.mapping;
    if (i.kind === 'MANUAL') return '';
    if (!m || m.type === 'LINEAR') return translate('gridgov.assessmentSchemes.linear', { from: m?.from ?? 0, to: m?.to ?? 100, max: i.maxScore });
    return (m.steps ?? []).map((s) => `≥${s.min} → ${s.score}`).join('；');
  };
}

function SchemeDetail() {
  const scheme = useRecordContext<Scheme>();
  const translate = useTranslate();
  const mapping = useMappingText();
  // react-admin shows the list's row first while it fetches the scheme: the row has no indicators.
  if (!scheme?.indicators) return null;
  const t = (key: string) => translate(`gridgov.assessmentSchemes.${key}`);
  return (
    <Stack spacing={2} sx={{ p: 2 }} className="scheme-detail" data-code={scheme.code}>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
        <Labeled>
          <TextField source="code" />
        </Labeled>
        <Labeled>
          <TextField source="name" />
        </Labeled>
        <Labeled>
          <FunctionField source="periodType" render={(s: Scheme) => t(`periodType.${s.periodType}`)} />
        </Labeled>
        <Labeled>
          <FunctionField source="subjectType" render={(s: Scheme) => t(`subjectType.${s.subjectType}`)} />
        </Labeled>
        <Labeled>
          <NumberField source="revision" />
        </Labeled>
        <Labeled>
          <FunctionField source="publishedAt" render={(s: Scheme) => <PublishedState scheme={s} />} />
        </Labeled>
        {scheme.quarterSchemeCode && (
          <Labeled label="gridgov.assessmentSchemes.quarters">
            <FunctionField
              render={(s: Scheme) => translate('gridgov.assessmentSchemes.quartersText', { code: s.quarterSchemeCode, weight: s.quartersWeight ?? 1 })}
            />
          </Labeled>
        )}
      </Stack>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1">{t('indicators')}</Typography>
          <Table size="small" className="scheme-indicators">
            <TableHead>
              <TableRow>
                {['code', 'name', 'kind', 'source', 'maxScore', 'weight', 'mapping', 'guidance'].map((k) => (
                  <TableCell key={k} align={k === 'maxScore' || k === 'weight' ? 'right' : undefined} sx={{ whiteSpace: 'nowrap' }}>
                    {t(`indicator.${k}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {scheme.indicators.map((i) => (
                <TableRow key={i.code} data-indicator={i.code}>
                  <TableCell>{i.code}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.name}</TableCell>
                  <TableCell className="indicator-kind" sx={{ whiteSpace: 'nowrap' }}>
                    {t(`kind.${i.kind}`)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.source ? t(`source.${i.source}`) : ''}</TableCell>
                  <TableCell align="right">{i.maxScore}</TableCell>
                  <TableCell align="right">{i.weight}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{mapping(i)}</TableCell>
                  <TableCell>{i.guidance ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card variant="outlined" sx={{ maxWidth: 400 }}>
        <CardContent>
          <Typography variant="subtitle1">{t('grades')}</Typography>
          <Table size="small" className="scheme-grades">
            <TableHead>
              <TableRow>
                <TableCell>{t('grade')}</TableCell>
                <TableCell align="right">{t('min')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {scheme.grades.map((g) => (
                <TableRow key={g.grade}>
                  <TableCell>{g.grade}</TableCell>
                  <TableCell align="right">{`≥ ${g.min}`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Stack>
  );
}

export function SchemeShow() {
  return (
    <Show actions={false}>
      <SchemeDetail />
    </Show>
  );
}
