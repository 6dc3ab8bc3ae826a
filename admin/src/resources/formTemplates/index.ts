import DynamicFormIcon from '@mui/icons-material/DynamicForm';
import type { PanelResource } from '../panelResource';
import { formTemplatesApi } from './formTemplatesApi';
import { en, zh } from './messages';
import { TemplateList } from './TemplateList';
import { TemplateCreate, TemplateEdit, TemplateRules } from './TemplatePages';

const formTemplates: PanelResource = {
  name: 'formTemplates',
  subject: 'FormTemplate',
  api: formTemplatesApi,
  views: {
    list: TemplateList,
    create: TemplateCreate,
    edit: TemplateEdit,
    show: TemplateRules,
    icon: DynamicFormIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default formTemplates;
