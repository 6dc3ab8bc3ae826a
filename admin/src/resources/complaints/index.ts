import FeedbackIcon from '@mui/icons-material/Feedback';
import type { PanelResource } from '../panelResource';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { complaintsApi } from './complaintsApi';
import { en, zh } from './messages';

/** 投诉: registered by the township, decided substantiated or not; substantiated ones feed the consequence rules. */
const complaints: PanelResource = {
  name: 'complaints',
  subject: 'Complaint',
  api: complaintsApi,
  views: {
    list: ComplaintList,
    create: ComplaintCreate,
    icon: FeedbackIcon,
  },
  messages: { zh, en },
};

export default complaints;
