import { Box, Card, CardContent, MenuItem, Stack, TextField as MuiTextField, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import {
  GridReportCalendarDocument,
  MyGridsDocument,
  SubmitGridReportTextDocument,
  type GridReportCalendarQuery,
  type MyGridsQuery,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';

const COLORS = { GREEN: '#2e7d32', YELLOW: '#f9a825', RED: '#c62828' } as const;
const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

/** 信息报送: a grid's month in traffic-light colours, and the SMS-format report box. */
export function GridReportCalendar() {
  const translate = useTranslate();
  const notify = useNotify();
  const [grids, setGrids] = useState<MyGridsQuery['grids']['items']>([]);
  const [gridId, setGridId] = useState('');
  const [month, setMonth] = useState(thisMonth);
  const [calendar, setCalendar] = useState<GridReportCalendarQuery['gridReportCalendar'] | null>(null);
  const [sms, setSms] = useState('');
  const [version, setVersion] = useState(0);
  useEffect(() => {
    request(MyGridsDocument, {}).then(
      ({ grids }) => {
        setGrids(grids.items);
        if (grids.items[0]) setGridId((g) => g || grids.items[0]!.id);
      },
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  }, [notify]);
  useEffect(() => {
    if (!gridId || !/^\d{4}-\d{2}$/.test(month)) return;
    request(GridReportCalendarDocument, { gridId, month }).then(
      (r) => setCalendar(r.gridReportCalendar),
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  }, [gridId, month, version, notify]);
  const send = async () => {
    try {
      await request(SubmitGridReportTextDocument, { text: sms });
      setSms('');
      setVersion((v) => v + 1);
      notify('gridgov.reports.sent', { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const firstWeekday = calendar?.days[0] ? new Date(`${calendar.days[0].date}T00:00:00Z`).getUTCDay() : 0;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="gridgov.reports.title" />
      <Stack direction="row" spacing={2}>
        <MuiTextField
          select
          size="small"
          sx={{ minWidth: 260 }}
          label={translate('gridgov.reports.grid')}
          value={gridId}
          onChange={(e) => setGridId(e.target.value)}
        >
          {grids.map((g) => (
            <MenuItem key={g.id} value={g.id}>{`${g.org?.name ?? ''} ${g.name}`}</MenuItem>
          ))}
        </MuiTextField>
        <MuiTextField
          type="month"
          size="small"
          label={translate('gridgov.reports.month')}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <Card variant="outlined">
        <CardContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 1 }} className="report-calendar">
            {[0, 1, 2, 3, 4, 5, 6].map((d) => (
              <Typography key={`h${d}`} variant="caption" align="center">
                {translate(`gridgov.reports.weekday.${d}`)}
              </Typography>
            ))}
            {Array.from({ length: firstWeekday }, (_, i) => (
              <Box key={`pad${i}`} />
            ))}
            {calendar?.days.map((day) => (
              <Tooltip
                key={day.date}
                title={
                  day.reports.map((r) => r.text ?? translate(`gridgov.reports.status.${r.status}`)).join('；') ||
                  translate(day.light ? `gridgov.lights.${day.light}` : 'gridgov.reports.pending')
                }
              >
                <Box
                  data-light={day.light ?? 'NONE'}
                  sx={{
                    height: 56,
                    borderRadius: 1,
                    p: 0.5,
                    color: day.light ? '#fff' : 'text.secondary',
                    bgcolor: day.light ? COLORS[day.light] : 'action.hover',
                  }}
                >
                  <Typography variant="body2">{Number(day.date.slice(8))}</Typography>
                  <Typography variant="caption">{day.light ? translate(`gridgov.lights.${day.light}`) : ''}</Typography>
                </Box>
              </Tooltip>
            ))}
          </Box>
        </CardContent>
      </Card>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <MuiTextField
          size="small"
          sx={{ minWidth: 360 }}
          label={translate('gridgov.reports.sms')}
          placeholder="1号网格平安"
          value={sms}
          onChange={(e) => setSms(e.target.value)}
        />
        <Button variant="contained" label="gridgov.reports.send" onClick={() => void send()} disabled={!sms.trim()} />
      </Stack>
    </Stack>
  );
}
