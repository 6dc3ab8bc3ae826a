import InsightsIcon from '@mui/icons-material/Insights';
import type { PanelResource } from '../panelResource';
import { TaskDashboard } from './TaskDashboard';
import { en, zh } from './messages';

/** A page, not a record list: react-admin shows it in the menu like a resource. */
const taskDashboard: PanelResource = {
  name: 'taskDashboard',
  subject: 'TaskStats',
  views: {
    list: TaskDashboard,
    icon: InsightsIcon,
  },
  messages: { zh, en },
};

export default taskDashboard;
