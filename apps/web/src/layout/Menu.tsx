import MapIcon from '@mui/icons-material/Map';
import RateReviewIcon from '@mui/icons-material/RateReview';
import SchemaIcon from '@mui/icons-material/Schema';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';

/** What each role works with: producers their datasets and submissions, reviewers the queue, admins everything. */
export const Menu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const is = (role: string) => permissions?.includes(role) ?? false;
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {(is('reviewer') || is('admin')) && <RaMenu.Item to="/review-queue" primaryText={translate('maillage.review.title')} leftIcon={<RateReviewIcon />} />}
      <RaMenu.ResourceItem name="datasets" />
      <RaMenu.ResourceItem name="submissions" />
      <RaMenu.ResourceItem name="organizations" />
      {is('admin') && <RaMenu.ResourceItem name="users" />}
      {(is('admin') || is('reviewer')) && <RaMenu.ResourceItem name="audit-events" />}
      {is('admin') && <RaMenu.Item to="/schemas" primaryText={translate('maillage.schema.title')} leftIcon={<SchemaIcon />} />}
      <RaMenu.Item to="/territoire" primaryText={translate('maillage.territory.menu')} leftIcon={<MapIcon />} />
    </RaMenu>
  );
};
