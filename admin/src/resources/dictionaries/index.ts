import MenuBookIcon from '@mui/icons-material/MenuBook';
import type { PanelResource } from '../panelResource';
import { DictionaryCreate } from './DictionaryCreate';
import { DictionaryEdit } from './DictionaryEdit';
import { DictionaryList } from './DictionaryList';
import { dictionariesApi } from './dictionariesApi';
import { en, zh } from './messages';

const dictionaries: PanelResource = {
  name: 'dictionaries',
  subject: 'Dictionary',
  api: dictionariesApi,
  views: {
    list: DictionaryList,
    create: DictionaryCreate,
    edit: DictionaryEdit,
    icon: MenuBookIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default dictionaries;
