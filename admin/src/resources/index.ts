import assessments from './assessments';
import assessmentSchemes from './assessmentSchemes';
import auditLogs from './auditLogs';
import complaints from './complaints';
import consequenceFlags from './consequenceFlags';
import dictionaries from './dictionaries';
import formSubmissions from './formSubmissions';
import formTemplates from './formTemplates';
import gridReports from './gridReports';
import grids from './grids';
import keyLocations from './keyLocations';
import onboarding from './onboarding';
import orgs from './orgs';
import type { PanelResource } from './panelResource';
import reportingRounds from './reportingRounds';
import roles from './roles';
import security from './security';
import supervisedPeople from './supervisedPeople';
import surveyRounds from './surveyRounds';
import taskDashboard from './taskDashboard';
import tasks from './tasks';
import users from './users';

/** The panel's resources in menu order: the one list a new domain module is added to. */
export const panelResources: readonly PanelResource[] = [
  orgs,
  grids,
  keyLocations,
  users,
  onboarding,
  roles,
  dictionaries,
  supervisedPeople,
  tasks,
  gridReports,
  taskDashboard,
  formTemplates,
  reportingRounds,
  formSubmissions,
  assessmentSchemes,
  assessments,
  surveyRounds,
  complaints,
  consequenceFlags,
  security,
  auditLogs,
];

export const resourceNamed = (name: string): PanelResource | undefined => panelResources.find((r) => r.name === name);
