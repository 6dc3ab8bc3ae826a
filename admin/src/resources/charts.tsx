import { Card, CardContent, Grid, Typography } from '@mui/material';
import ReactECharts from 'echarts-for-react';

/** An org's name without 社区居民委员会 / 村民委员会, for chart axes and crowded tables. */
export const shortOrgName = (name: string) => name.replace(/(社区)?居民委员会|村民委员会/, '');

/** One echarts chart with its title in an outlined card, as a cell of a `Grid container`. */
export function ChartCard({ title, height, option, wide = false }: { title: string; height: number; option: object; wide?: boolean }) {
  return (
    <Grid size={wide ? { xs: 12 } : { xs: 12, lg: 6 }}>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1">{title}</Typography>
          <ReactECharts style={{ height }} option={option} />
        </CardContent>
      </Card>
    </Grid>
  );
}
