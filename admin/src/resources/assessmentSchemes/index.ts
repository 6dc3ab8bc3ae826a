import RuleIcon from '@mui/icons-material/Rule';
import type { PanelResource } from '../panelResource';
import { assessmentSchemesApi } from './assessmentSchemesApi';
import { en, zh } from './messages';
import { SchemeList } from './SchemeList';
import { SchemeShow } from './SchemeShow';

const assessmentSchemes: PanelResource = {
  name: 'assessmentSchemes',
  subject: 'AssessmentScheme',
  api: assessmentSchemesApi,
  views: {
    list: SchemeList,
    show: SchemeShow,
    icon: RuleIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default assessmentSchemes;
