import FlagIcon from '@mui/icons-material/Flag';
import type { PanelResource } from '../panelResource';
import { consequenceFlagsApi } from './consequenceFlagsApi';
import { FlagList } from './FlagList';
import { en, zh } from './messages';

/** 问责提示 raised by the survey and complaint rules, with the person's self-review and appeal and the decision. */
const consequenceFlags: PanelResource = {
  name: 'consequenceFlags',
  subject: 'ConsequenceFlag',
  api: consequenceFlagsApi,
  views: {
    list: FlagList,
    icon: FlagIcon,
  },
  messages: { zh, en },
};

export default consequenceFlags;
