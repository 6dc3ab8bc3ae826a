export const en = {
  resources: {
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
  },
  gridgov: {
    users: {
      reset_password: 'Reset password',
      reset_password_help: 'Leave blank to keep the current one; a new one must be changed at next sign-in',
    },
  },
};

export const zh: typeof en = {
  resources: {
    users: {
      name: '用户 |||| 用户',
      fields: {
        username: '用户名',
        name: '姓名',
        phone: '手机号',
        orgId: '所属机构',
        roleIds: '角色',
        gridIds: '负责网格',
        roleId: '角色',
        password: '初始密码',
        lockedUntil: '锁定至',
        lastLoginAt: '最近登录',
      },
    },
  },
  gridgov: {
    users: {
      reset_password: '重置密码',
      reset_password_help: '留空则不修改；重置后用户下次登录须修改密码',
    },
  },
};
