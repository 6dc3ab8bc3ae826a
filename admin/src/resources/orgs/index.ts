import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { OrgCreate } from './OrgCreate';
import { OrgEdit } from './OrgEdit';
import { OrgList } from './OrgList';

export default {
  list: OrgList,
  create: OrgCreate,
  edit: OrgEdit,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
