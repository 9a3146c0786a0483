import TableChartIcon from '@mui/icons-material/TableChart';
import { DatasetList } from './DatasetList';
import { DatasetShow } from './DatasetShow';

export default {
  list: DatasetList,
  show: DatasetShow,
  icon: TableChartIcon,
  recordRepresentation: 'name',
};
