import HistoryIcon from '@mui/icons-material/History';
import type { PanelResource } from '../panelResource';
import { AuditLogList } from './AuditLogList';
import { auditLogsApi } from './auditLogsApi';
import { en, zh } from './messages';

const auditLogs: PanelResource = {
  name: 'auditLogs',
  subject: 'AuditLog',
  api: auditLogsApi,
  views: {
    list: AuditLogList,
    icon: HistoryIcon,
  },
  messages: { zh, en },
};

export default auditLogs;
