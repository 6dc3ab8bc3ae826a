import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { PanelResource } from '../panelResource';
import { formSubmissionsApi } from './formSubmissionsApi';
import { en, zh } from './messages';
import { SubmissionList } from './SubmissionList';
import { SubmissionPage } from './SubmissionPage';

const formSubmissions: PanelResource = {
  name: 'formSubmissions',
  subject: 'FormSubmission',
  api: formSubmissionsApi,
  views: {
    list: SubmissionList,
    show: SubmissionPage,
    icon: AssignmentTurnedInIcon,
  },
  messages: { zh, en },
};

export default formSubmissions;
