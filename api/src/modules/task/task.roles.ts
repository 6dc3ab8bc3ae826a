import type { RawRule } from '../role/role.entity';

const read: RawRule = { action: 'read', subject: ['Task', 'GridReport'] };
const report: RawRule = { action: ['read', 'create'], subject: ['Task', 'GridReport'] };

/**
 * What each built-in role may do with tasks and daily reports, within its data scope:
 * grid staff report, the information centre registers, dispatches, verifies and closes, handler
 * orgs (community, township, 司法所) accept and resolve what is with them, leaders read.
 */
export const TASK_ROLE_RULES: Record<string, RawRule[]> = {
  county_leader: [read],
  // The township hands out the grid roles, so it holds what they grant (role.rules widerThan).
  township_admin: [report, { action: ['verify', 'handle'], subject: 'Task' }],
  dispatcher: [read, { action: ['create', 'dispatch', 'verify'], subject: 'Task' }],
  community_secretary: [report, { action: 'handle', subject: 'Task' }],
  grid_leader: [report, { action: 'verify', subject: 'Task' }],
  grid_worker: [report],
  judicial_officer: [{ action: ['read', 'handle'], subject: 'Task' }],
  community_police: [{ action: 'read', subject: 'Task' }],
  assessor: [read],
};
