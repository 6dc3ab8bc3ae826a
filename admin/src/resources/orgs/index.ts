import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { PanelResource } from '../panelResource';
import { OrgCreate } from './OrgCreate';
import { OrgEdit } from './OrgEdit';
import { OrgList } from './OrgList';
import { en, zh } from './messages';
import { orgsApi } from './orgsApi';

const orgs: PanelResource = {
  name: 'orgs',
  subject: 'Org',
  api: orgsApi,
  views: {
    list: OrgList,
    create: OrgCreate,
    edit: OrgEdit,
    icon: AccountTreeIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default orgs;
