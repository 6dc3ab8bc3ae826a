import SecurityIcon from '@mui/icons-material/Security';
import type { PanelResource } from '../panelResource';
import { SecurityPage } from './SecurityPage';
import { en, zh } from './messages';

/** A page for the security administrator, who alone holds the sessions (and the password policy). */
const security: PanelResource = {
  name: 'security',
  subject: 'Session',
  views: {
    list: SecurityPage,
    icon: SecurityIcon,
  },
  messages: { zh, en },
};

export default security;
