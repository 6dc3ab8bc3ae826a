import PlaceIcon from '@mui/icons-material/Place';
import type { PanelResource } from '../panelResource';
import { KeyLocationCreate } from './KeyLocationCreate';
import { KeyLocationEdit } from './KeyLocationEdit';
import { KeyLocationList } from './KeyLocationList';
import { keyLocationsApi } from './keyLocationsApi';
import { en, zh } from './messages';

const keyLocations: PanelResource = {
  name: 'keyLocations',
  subject: 'KeyLocation',
  api: keyLocationsApi,
  views: {
    list: KeyLocationList,
    create: KeyLocationCreate,
    edit: KeyLocationEdit,
    icon: PlaceIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default keyLocations;
