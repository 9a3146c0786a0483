import TableChartIcon from '@mui/icons-material/TableChart';
import { DatasetCreate, DatasetEdit } from './DatasetForm';
import { DatasetList } from './DatasetList';
import { DatasetShow } from './DatasetShow';

export default {
  list: DatasetList,
  show: DatasetShow,
  create: DatasetCreate,
  edit: DatasetEdit,
  icon: TableChartIcon,
  recordRepresentation: 'name',
};
