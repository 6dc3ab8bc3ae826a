import TrafficIcon from '@mui/icons-material/Traffic';
import { GridReportCalendar } from './GridReportCalendar';

/** A page, not a record list: react-admin shows it in the menu like a resource. */
export default {
  list: GridReportCalendar,
  icon: TrafficIcon,
};
