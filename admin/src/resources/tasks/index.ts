import AssignmentIcon from '@mui/icons-material/Assignment';
import { TaskCreate } from './TaskCreate';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export default {
  list: TaskList,
  create: TaskCreate,
  show: TaskShow,
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};
