import InsightsIcon from '@mui/icons-material/Insights';
import { TaskDashboard } from './TaskDashboard';

/** A page, not a record list: react-admin shows it in the menu like a resource. */
export default {
  list: TaskDashboard,
  icon: InsightsIcon,
};
