import { Fragment } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { CHANGE_PASSWORD_PATH, authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { panelResources } from './resources';

export const App = () => (
  <Admin
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    requireAuth
    disableTelemetry
  >
    {panelResources.map(({ name, views }) => (
      <Resource key={name} name={name} {...views} />
    ))}
    {panelResources.map(({ name, routes }) => routes && <CustomRoutes key={`${name}-routes`}>{routes}</CustomRoutes>)}
    <CustomRoutes noLayout>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
      {panelResources.map(({ name, publicRoutes }) => publicRoutes && <Fragment key={name}>{publicRoutes}</Fragment>)}
    </CustomRoutes>
  </Admin>
);
