import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { PanelResource } from '../panelResource';
import { OnboardingPage } from './OnboardingPage';
import { en, zh } from './messages';

/** The bulk imports of a new county (orgs, grids, accounts): a page, shown to those who may create accounts. */
const onboarding: PanelResource = {
  name: 'onboarding',
  subject: 'User',
  listAction: 'create',
  views: {
    list: OnboardingPage,
    icon: UploadFileIcon,
  },
  messages: { zh, en },
};

export default onboarding;
