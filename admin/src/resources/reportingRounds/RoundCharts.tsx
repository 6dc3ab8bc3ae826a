import DownloadIcon from '@mui/icons-material/Download';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { Box, Card, CardContent, Grid, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import ReactECharts from 'echarts-for-react';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { cellKey, cellLabel, shortOrg, type AggregateView, type LateRow, type RateView } from './roundModel';

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <Card variant="outlined" sx={{ flex: 1 }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" className="round-figure">
          {value}
        </Typography>
      </CardContent>
    </Card>
  );
}

/** 上报率 by child org, as figures and a chart. */
export function RateSection({ rate }: { rate: RateView | null }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.round.${key}`);
  const groups = rate?.groups ?? [];
  return (
    <>
      <Stack direction="row" spacing={2} className="round-rate">
        <Figure label={t('expected')} value={rate?.expected ?? '—'} />
        <Figure label={t('submitted')} value={rate?.submitted ?? '—'} />
        <Figure label={t('onTime')} value={rate?.onTime ?? '—'} />
        <Figure label={t('late')} value={rate?.late ?? '—'} />
        <Figure label={t('approved')} value={rate?.approved ?? '—'} />
        <Figure label={t('rate')} value={rate ? `${rate.rate}%` : '—'} />
      </Stack>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1">{t('byChildOrg')}</Typography>
          <ReactECharts
            style={{ height: 340 }}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { data: [t('expected'), t('submitted'), t('approved'), t('rate')] },
              grid: { bottom: 90 },
              xAxis: { type: 'category', data: groups.map((g) => shortOrg(g.label)), axisLabel: { rotate: 45 } },
              yAxis: [
                { type: 'value', minInterval: 1 },
                { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
              ],
              series: [
                { name: t('expected'), type: 'bar', data: groups.map((g) => g.expected), itemStyle: { color: '#90a4ae' } },
                { name: t('submitted'), type: 'bar', data: groups.map((g) => g.submitted) },
                { name: t('approved'), type: 'bar', data: groups.map((g) => g.approved), itemStyle: { color: '#2e7d32' } },
                { name: t('rate'), type: 'line', yAxisIndex: 1, data: groups.map((g) => g.rate) },
              ],
            }}
          />
        </CardContent>
      </Card>
    </>
  );
}

/** Who has not handed in yet or did so late, and the 催报 button for every unsubmitted org. */
export function LateSection({ late, onUrge, canUrge }: { late: LateRow[]; onUrge: (message: string) => void; canUrge: boolean }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.round.${key}`);
  const [message, setMessage] = useState('');
  return (
    <Card variant="outlined" className="late-list">
      <CardContent>
        <Typography variant="subtitle1">
          {t('lateList')} ({late.length})
        </Typography>
        <Box sx={{ maxHeight: 360, overflowY: 'auto' }}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.formSubmissions.fields.org')}</TableCell>
                <TableCell>{translate('resources.formSubmissions.fields.status')}</TableCell>
                <TableCell>{translate('resources.formSubmissions.fields.submittedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {late.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>{shortOrg(row.orgName)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`gridgov.forms.submissionStatus.${row.status}`)}</TableCell>
                  <TableCell>{row.submittedAt ? new Date(row.submittedAt).toLocaleString() : '—'}</TableCell>
                </TableRow>
              ))}
              {late.length === 0 && (
                <TableRow>
                  <TableCell colSpan={3}>{t('noneLate')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </Box>
        {canUrge && (
          <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
            <TextField name="urgeMessage" size="small" label={t('urgeMessage')} value={message} onChange={(e) => setMessage(e.target.value)} sx={{ flex: 1 }} />
            <Button
              label="gridgov.forms.round.urge"
              variant="outlined"
              className="urge-submissions"
              disabled={!message.trim()}
              onClick={() => onUrge(message.trim())}
            >
              <NotificationsActiveIcon />
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

/** 汇总: every numeric field and table column by row key, per child org and in total, with a chart of one figure. */
export function AggregateSection({
  aggregate,
  approvedOnly,
  onApprovedOnly,
  onExport,
}: {
  aggregate: AggregateView | null;
  approvedOnly: boolean;
  onApprovedOnly: (approvedOnly: boolean) => void;
  onExport: () => void;
}) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.round.${key}`);
  const cells = aggregate?.total ?? [];
  const [chosen, setChosen] = useState('');
  const figure = chosen || (cells[0] ? cellKey(cells[0]) : '');
  const valueOf = (list: AggregateView['total']) => list.find((c) => cellKey(c) === figure)?.sum ?? 0;
  return (
    <Card variant="outlined" className="round-aggregate">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle1" sx={{ flex: 1 }}>
            {t('aggregate')}
          </Typography>
          <TextField
            select
            size="small"
            label={t('basis')}
            value={approvedOnly ? 'approved' : 'submitted'}
            onChange={(e) => onApprovedOnly(e.target.value === 'approved')}
            sx={{ width: 160 }}
          >
            <MenuItem value="approved">{t('basisApproved')}</MenuItem>
            <MenuItem value="submitted">{t('basisSubmitted')}</MenuItem>
          </TextField>
          <TextField select size="small" label={t('figure')} value={figure} onChange={(e) => setChosen(e.target.value)} sx={{ width: 240 }}>
            {cells.map((c) => (
              <MenuItem key={cellKey(c)} value={cellKey(c)}>
                {cellLabel(c)}
              </MenuItem>
            ))}
          </TextField>
          <Button label="gridgov.forms.round.export" variant="outlined" className="export-round" onClick={onExport}>
            <DownloadIcon />
          </Button>
        </Stack>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: 5 }}>
            <ReactECharts
              style={{ height: 320 }}
              option={{
                tooltip: { trigger: 'axis' },
                grid: { bottom: 90 },
                xAxis: { type: 'category', data: (aggregate?.groups ?? []).map((g) => shortOrg(g.label)), axisLabel: { rotate: 45 } },
                yAxis: { type: 'value' },
                series: [{ type: 'bar', data: (aggregate?.groups ?? []).map((g) => valueOf(g.cells)) }],
              }}
            />
          </Grid>
          <Grid size={{ xs: 12, lg: 7 }} sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.formSubmissions.fields.org')}</TableCell>
                  {cells.map((c) => (
                    <TableCell key={cellKey(c)} align="right">
                      {cellLabel(c)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {[...(aggregate?.groups ?? []), ...(aggregate ? [{ label: t('total'), cells: aggregate.total }] : [])].map((g) => (
                  <TableRow key={g.label}>
                    <TableCell>{shortOrg(g.label)}</TableCell>
                    {cells.map((c) => (
                      <TableCell key={cellKey(c)} align="right">
                        {g.cells.find((x) => cellKey(x) === cellKey(c))?.sum ?? '—'}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
}
