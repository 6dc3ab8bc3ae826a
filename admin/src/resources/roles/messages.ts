export const en = {
  resources: {
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
  },
  gridgov: {
    roles: {
      invalid_json: 'Not valid JSON',
      not_rule_array: 'Must be an array of rules: [{ "action": …, "subject": … }]',
      builtInReadOnly: 'Built-in roles are defined by the system and rewritten at every start; they cannot be edited. Create a role for other rights.',
    },
  },
  enums: {
    dataScope: {
      ALL: 'All data',
      ORG_SUBTREE: 'Own org and below',
      ORG: 'Own org',
      GRID: 'Own grids',
      SELF: 'Own records',
    },
  },
};

export const zh: typeof en = {
  resources: {
    roles: {
      name: '角色 |||| 角色',
      fields: {
        code: '编码',
        name: '名称',
        scope: '数据范围',
        rules: '权限规则（CASL JSON）',
        builtIn: '内置',
      },
    },
  },
  gridgov: {
    roles: {
      invalid_json: '不是合法的 JSON',
      not_rule_array: '须为规则数组：[{ "action": …, "subject": … }]',
      builtInReadOnly: '内置角色由系统定义，每次启动时重写，不能修改；如需不同权限请新建角色',
    },
  },
  enums: {
    dataScope: {
      ALL: '全部数据',
      ORG_SUBTREE: '本机构及下级',
      ORG: '本机构',
      GRID: '本人网格',
      SELF: '仅本人',
    },
  },
};
