import { defineModule } from '../../core/module';
import { closeOutThrough, lastClosableDay } from './grid-report.closeout';
import { GridDayLight, GridReport } from './grid-report.entity';
import { gridReportMessages } from './grid-report.messages';
import { gridReportGrants, gridReportPolicy, gridReportStatsPolicy } from './grid-report.policy';
import { GridReportResolver, gridReportRelations } from './grid-report.resolver';

export const GRID_REPORT_CLOSE_OUT_QUEUE = 'grid-report-close-out';

/** Daily grid reports (信息报送) and their traffic lights. */
export const gridReportModule = defineModule({
  name: 'grid-report',
  entities: [GridReport, GridDayLight],
  resolvers: [GridReportResolver],
  relations: { GridReport: gridReportRelations },
  subjects: { GridReport: gridReportPolicy, GridReportStats: gridReportStatsPolicy },
  grants: gridReportGrants,
  jobs: [
    {
      // Freezes yesterday's traffic lights once its cut-off has passed, and those of nights it missed.
      queue: GRID_REPORT_CLOSE_OUT_QUEUE,
      cron: '10 0 * * *',
      async run(orm, data) {
        await closeOutThrough(orm.em.fork(), data.date === undefined ? lastClosableDay() : String(data.date));
      },
    },
  ],
  references: [{ table: 'grid_report', column: 'org_id', target: 'Org', kind: 'ref.gridReport' }],
  async moveWithGrid(em, { gridId, toOrgId }) {
    const reports = await em.execute<{ id: string }[]>(
      'update grid_report set org_id = ?, version = version + 1, updated_at = now() where grid_id = ? returning id',
      [toOrgId, gridId],
    );
    return { gridReports: reports.length };
  },
  messages: gridReportMessages,
});
