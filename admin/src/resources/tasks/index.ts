import AssignmentIcon from '@mui/icons-material/Assignment';
import type { PanelResource } from '../panelResource';
import { TaskCreate } from './TaskCreate';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';
import { en, zh } from './messages';
import { tasksApi } from './tasksApi';

const tasks: PanelResource = {
  name: 'tasks',
  subject: 'Task',
  api: tasksApi,
  views: {
    list: TaskList,
    create: TaskCreate,
    show: TaskShow,
    icon: AssignmentIcon,
    recordRepresentation: 'title',
  },
  messages: { zh, en },
};

export default tasks;
