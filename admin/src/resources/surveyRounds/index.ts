import QrCode2Icon from '@mui/icons-material/QrCode2';
import type { PanelResource } from '../panelResource';
import { en, zh } from './messages';
import { SurveyRoundCreate } from './SurveyRoundCreate';
import { SurveyRoundList } from './SurveyRoundList';
import { SurveyRoundPage } from './SurveyRoundPage';
import { surveyRoundsApi } from './surveyRoundsApi';

/** 满意度测评: half-yearly rounds, each grid's link, QR code and one-time codes, and the live scores. */
const surveyRounds: PanelResource = {
  name: 'surveyRounds',
  subject: 'SurveyRound',
  api: surveyRoundsApi,
  views: {
    list: SurveyRoundList,
    create: SurveyRoundCreate,
    show: SurveyRoundPage,
    icon: QrCode2Icon,
  },
  messages: { zh, en },
};

export default surveyRounds;
