import englishMessages from 'ra-language-english';
import { mergeTranslations } from 'react-admin';

/** The panel's own strings; zh.ts must provide the same keys. */
export const appEn = {
  gridgov: {
    title: 'Grid Governance Admin',
    auth: {
      change_password: 'Change password',
      must_change: 'Please set a new password before you continue.',
      old_password: 'Current password',
      new_password: 'New password',
      confirm_password: 'Repeat new password',
      mismatch: 'The passwords do not match',
      changed: 'Password changed',
      locked_until: 'Account locked until %{until}',
    },
    orgs: {
      grids: 'Grids',
    },
    users: {
      reset_password: 'Reset password',
      reset_password_help: 'Leave blank to keep the current one; a new one must be changed at next sign-in',
    },
    roles: {
      invalid_json: 'Not valid JSON',
      not_rule_array: 'Must be an array of rules: [{ "action": …, "subject": … }]',
    },
  },
  enums: {
    orgLevel: {
      PROVINCE: 'Province',
      CITY: 'City',
      COUNTY: 'County / district',
      TOWNSHIP: 'Township / sub-district',
      COMMUNITY: 'Community / village',
      DEPARTMENT: 'Department',
    },
    dataScope: {
      ALL: 'All data',
      ORG_SUBTREE: 'Own org and below',
      ORG: 'Own org',
      GRID: 'Own grids',
      SELF: 'Own records',
    },
    gridLevel: { 1: 'Level 1 grid', 2: 'Level 2 grid', 3: 'Level 3 grid' },
  },
  resources: {
    orgs: {
      name: 'Org |||| Orgs',
      fields: {
        code: 'Division code',
        name: 'Name',
        level: 'Level',
        parentId: 'Parent',
      },
    },
    grids: {
      name: 'Grid |||| Grids',
      fields: {
        orgId: 'Community',
        parentId: 'Parent grid',
        number: 'Number',
        name: 'Name',
        level: 'Grid level',
        boundary: 'Boundary',
        households: 'Households',
        population: 'Population',
        leaderId: 'Grid leader',
        workerIds: 'Grid workers',
        workers: 'Grid workers',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        username: 'Username',
        name: 'Name',
        phone: 'Phone',
        orgId: 'Org',
        roleIds: 'Roles',
        gridIds: 'Grids',
        roleId: 'Role',
        password: 'Initial password',
        lockedUntil: 'Locked until',
        lastLoginAt: 'Last sign-in',
      },
    },
    roles: {
      name: 'Role |||| Roles',
      fields: {
        code: 'Code',
        name: 'Name',
        scope: 'Data scope',
        rules: 'Rules (CASL JSON)',
        builtIn: 'Built-in',
      },
    },
    dictionaries: {
      name: 'Dictionary entry |||| Dictionaries',
      fields: {
        type: 'Type',
        code: 'Code',
        name: 'Name',
        sort: 'Order',
        enabled: 'Enabled',
      },
    },
    auditLogs: {
      name: 'Audit entry |||| Audit log',
      fields: {
        at: 'Time',
        username: 'User',
        ip: 'IP address',
        operation: 'Operation',
        targetType: 'Target type',
        targetId: 'Target id',
        before: 'Before',
        after: 'After',
        success: 'Succeeded',
        from: 'From',
        to: 'To',
      },
    },
  },
};

export type AppMessages = typeof appEn;

export const en = mergeTranslations(englishMessages, appEn);
