import GridOnIcon from '@mui/icons-material/GridOn';
import { GridCreate } from './GridCreate';
import { GridEdit } from './GridEdit';
import { GridList } from './GridList';
import { GridShow } from './GridShow';

export default {
  list: GridList,
  create: GridCreate,
  edit: GridEdit,
  show: GridShow,
  icon: GridOnIcon,
  recordRepresentation: 'name',
};
