import SecurityIcon from '@mui/icons-material/Security';
import type { PanelResource } from '../panelResource';
import { RoleCreate } from './RoleCreate';
import { RoleEdit } from './RoleEdit';
import { RoleList } from './RoleList';
import { en, zh } from './messages';
import { rolesApi } from './rolesApi';

const roles: PanelResource = {
  name: 'roles',
  subject: 'Role',
  api: rolesApi,
  views: {
    list: RoleList,
    create: RoleCreate,
    edit: RoleEdit,
    icon: SecurityIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default roles;
