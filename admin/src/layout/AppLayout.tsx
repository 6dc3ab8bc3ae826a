import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, UserMenu, useRedirect, useTranslate, useUserMenu } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';

function ChangePasswordMenuItem() {
  const userMenu = useUserMenu();
  const redirect = useRedirect();
  const translate = useTranslate();
  const open = () => {
    userMenu?.onClose();
    redirect(CHANGE_PASSWORD_PATH);
  };
  return (
    <MenuItem onClick={open}>
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('gridgov.auth.change_password')}</ListItemText>
    </MenuItem>
  );
}

const AppAppBar = () => (
  <AppBar
    userMenu={
      <UserMenu>
        <ChangePasswordMenuItem />
        <Logout />
      </UserMenu>
    }
  />
);

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={AppAppBar}>{children}</Layout>;
