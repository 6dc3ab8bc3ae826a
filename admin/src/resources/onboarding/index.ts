import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { PanelResource } from '../panelResource';
import { OnboardingPage } from './OnboardingPage';
import { en, zh } from './messages';

/** The bulk imports of a new county (orgs, grids, accounts): a page, shown to those who manage accounts. */
const onboarding: PanelResource = {
  name: 'onboarding',
  subject: 'User',
  views: {
    list: OnboardingPage,
    icon: UploadFileIcon,
  },
  messages: { zh, en },
};

export default onboarding;
