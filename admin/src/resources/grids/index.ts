import GridOnIcon from '@mui/icons-material/GridOn';
import type { PanelResource } from '../panelResource';
import { GridCreate } from './GridCreate';
import { GridEdit } from './GridEdit';
import { GridList } from './GridList';
import { GridShow } from './GridShow';
import { gridsApi } from './gridsApi';
import { en, zh } from './messages';

const grids: PanelResource = {
  name: 'grids',
  subject: 'Grid',
  api: gridsApi,
  views: {
    list: GridList,
    create: GridCreate,
    edit: GridEdit,
    show: GridShow,
    icon: GridOnIcon,
    recordRepresentation: 'name',
  },
  messages: { zh, en },
};

export default grids;
