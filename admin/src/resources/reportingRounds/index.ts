import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import type { PanelResource } from '../panelResource';
import { en, zh } from './messages';
import { RoundCreate } from './RoundCreate';
import { RoundDashboard } from './RoundDashboard';
import { RoundList } from './RoundList';
import { reportingRoundsApi } from './reportingRoundsApi';

const reportingRounds: PanelResource = {
  name: 'reportingRounds',
  subject: 'ReportingRound',
  api: reportingRoundsApi,
  views: {
    list: RoundList,
    create: RoundCreate,
    show: RoundDashboard,
    icon: EventRepeatIcon,
  },
  messages: { zh, en },
};

export default reportingRounds;
