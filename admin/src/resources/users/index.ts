import PeopleIcon from '@mui/icons-material/People';
import type { PanelResource } from '../panelResource';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { en, zh } from './messages';
import { usersApi } from './usersApi';

const users: PanelResource = {
  name: 'users',
  subject: 'User',
  api: usersApi,
  views: {
    list: UserList,
    create: UserCreate,
    edit: UserEdit,
    icon: PeopleIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default users;
