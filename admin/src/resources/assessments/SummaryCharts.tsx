import { Card, Grid, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AssessmentSummaryByOrgQuery } from '../../graphql/graphql';
import { ChartCard, shortOrgName } from '../charts';

type Group = AssessmentSummaryByOrgQuery['assessmentSummary'][number];

const fixed = (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toFixed(2));
const GRADE_COLORS = ['#2e7d32', '#1976d2', '#f9a825', '#c62828', '#6d4c41'];

/** 按下级单位: mean, min and max per child org, and how many subjects got each grade (grades best first). */
export function SummaryCharts({ groups, grades }: { groups: Group[]; grades: string[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.assessments.${key}`);
  const labels = groups.map((g) => shortOrgName(g.label));
  const countOf = (g: Group, grade: string) => g.grades.find((x) => x.grade === grade)?.count ?? 0;
  return (
    <Grid container spacing={2} className="assessment-summary">
      <ChartCard
        title={t('meanChart')}
        height={340}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { data: [t('mean'), t('min'), t('max')] },
          grid: { bottom: 80 },
          xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 45 : 0 } },
          yAxis: { type: 'value', min: 0, max: 100 },
          series: [
            { name: t('mean'), type: 'bar', data: groups.map((g) => g.mean), barMaxWidth: 40 },
            { name: t('min'), type: 'scatter', data: groups.map((g) => g.min), itemStyle: { color: '#c62828' } },
            { name: t('max'), type: 'scatter', data: groups.map((g) => g.max), itemStyle: { color: '#2e7d32' } },
          ],
        }}
      />
      <ChartCard
        title={t('gradeChart')}
        height={340}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { data: grades },
          grid: { bottom: 80 },
          xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 45 : 0 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: grades.map((grade, n) => ({
            name: grade,
            type: 'bar',
            stack: 'grades',
            barMaxWidth: 40,
            itemStyle: { color: GRADE_COLORS[n % GRADE_COLORS.length] },
            data: groups.map((g) => countOf(g, grade)),
          })),
        }}
      />
      <Grid size={{ xs: 12 }}>
        <Card variant="outlined">
          <Table size="small" className="summary-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('summaryOrg')}</TableCell>
                <TableCell align="right">{t('count')}</TableCell>
                <TableCell align="right">{t('mean')}</TableCell>
                <TableCell align="right">{t('min')}</TableCell>
                <TableCell align="right">{t('max')}</TableCell>
                {grades.map((grade) => (
                  <TableCell key={grade} align="right">
                    {grade}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {groups.map((g) => (
                <TableRow key={g.key} data-org={g.label}>
                  <TableCell>{g.label}</TableCell>
                  <TableCell align="right">{g.count}</TableCell>
                  <TableCell align="right">{fixed(g.mean)}</TableCell>
                  <TableCell align="right">{fixed(g.min)}</TableCell>
                  <TableCell align="right">{fixed(g.max)}</TableCell>
                  {grades.map((grade) => (
                    <TableCell key={grade} align="right">
                      {countOf(g, grade)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      </Grid>
    </Grid>
  );
}
