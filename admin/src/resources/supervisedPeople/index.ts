import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import type { PanelResource } from '../panelResource';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';
import { en, zh } from './messages';
import { supervisedPeopleApi } from './supervisedPeopleApi';

const supervisedPeople: PanelResource = {
  name: 'supervisedPeople',
  subject: 'SupervisedPerson',
  api: supervisedPeopleApi,
  views: {
    list: PersonList,
    create: PersonCreate,
    edit: PersonEdit,
    show: PersonShow,
    icon: PersonSearchIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default supervisedPeople;
