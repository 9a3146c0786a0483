import { AppBar as RaAppBar, UserMenu, useGetIdentity } from 'react-admin';

/** The user menu is named after the person, as it shows: its accessible name then matches its visible text. */
const NamedUserMenu = () => {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />;
};

export const AppBar = () => <RaAppBar userMenu={<NamedUserMenu />} />;
