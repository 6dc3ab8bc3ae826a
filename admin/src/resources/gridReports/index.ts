import TrafficIcon from '@mui/icons-material/Traffic';
import type { PanelResource } from '../panelResource';
import { GridReportCalendar } from './GridReportCalendar';
import { en, zh } from './messages';

/** A page, not a record list: react-admin shows it in the menu like a resource. */
const gridReports: PanelResource = {
  name: 'gridReports',
  subject: 'GridReport',
  views: {
    list: GridReportCalendar,
    icon: TrafficIcon,
  },
  messages: { zh, en },
};

export default gridReports;
