export const en = {
  resources: {
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
        changedFields: 'Changed fields',
      },
    },
  },
  gridgov: {
    auditLogs: { export: 'Export xlsx' },
  },
};

export const zh: typeof en = {
  resources: {
    auditLogs: {
      name: '操作日志 |||| 操作日志',
      fields: {
        at: '时间',
        username: '用户',
        ip: 'IP 地址',
        operation: '操作',
        targetType: '对象类型',
        targetId: '对象 ID',
        before: '变更前',
        after: '变更后',
        success: '成功',
        from: '起始时间',
        to: '截止时间',
        changedFields: '变更字段',
      },
    },
  },
  gridgov: {
    auditLogs: { export: '导出 xlsx' },
  },
};
