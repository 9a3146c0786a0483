import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { OrganizationCreate, OrganizationEdit } from './OrganizationForm';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';

export default {
  list: OrganizationList,
  show: OrganizationShow,
  create: OrganizationCreate,
  edit: OrganizationEdit,
  icon: CorporateFareIcon,
  recordRepresentation: 'name',
};
