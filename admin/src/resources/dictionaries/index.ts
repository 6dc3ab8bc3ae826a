import MenuBookIcon from '@mui/icons-material/MenuBook';
import { DictionaryCreate } from './DictionaryCreate';
import { DictionaryEdit } from './DictionaryEdit';
import { DictionaryList } from './DictionaryList';

export default {
  list: DictionaryList,
  create: DictionaryCreate,
  edit: DictionaryEdit,
  icon: MenuBookIcon,
  recordRepresentation: 'name',
};
