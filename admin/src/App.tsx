import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { CHANGE_PASSWORD_PATH, authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import auditLogs from './resources/auditLogs';
import dictionaries from './resources/dictionaries';
import gridReports from './resources/gridReports';
import grids from './resources/grids';
import orgs from './resources/orgs';
import roles from './resources/roles';
import supervisedPeople from './resources/supervisedPeople';
import taskDashboard from './resources/taskDashboard';
import tasks from './resources/tasks';
import users from './resources/users';

export const App = () => (
  <Admin
    title="gridgov.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    requireAuth
    disableTelemetry
  >
    <Resource name="orgs" {...orgs} />
    <Resource name="grids" {...grids} />
    <Resource name="users" {...users} />
    <Resource name="roles" {...roles} />
    <Resource name="dictionaries" {...dictionaries} />
    <Resource name="supervisedPeople" {...supervisedPeople} />
    <Resource name="tasks" {...tasks} />
    <Resource name="gridReports" {...gridReports} />
    <Resource name="taskDashboard" {...taskDashboard} />
    <Resource name="auditLogs" {...auditLogs} />
    <CustomRoutes noLayout>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
    </CustomRoutes>
  </Admin>
);
