export const en = {
  resources: {
    complaints: {
      name: 'Complaint |||| Complaints',
      fields: {
        date: 'Date',
        source: 'Source',
        text: 'Complaint',
        status: 'Status',
        decisionReason: 'Decision reason',
        decidedAt: 'Decided',
        about: 'About',
        userId: 'About a grid worker',
        gridId: 'Or about a grid',
      },
    },
  },
  gridgov: {
    complaints: {
      status: { PENDING: 'Pending', SUBSTANTIATED: 'Substantiated', UNSUBSTANTIATED: 'Not substantiated' },
      sources: { hotline: '12345 hotline', letter: 'Letter', visit: 'Visit', online: 'Online' },
      whoRequired: 'Name either a grid worker or a grid',
      substantiate: 'Substantiated',
      reject: 'Not substantiated',
      decideTitle: 'Decide: %{verdict}',
      reason: 'Reason',
      decided: 'Decision recorded',
    },
  },
};

export const zh: typeof en = {
  resources: {
    complaints: {
      name: '投诉管理',
      fields: {
        date: '投诉日期',
        source: '来源',
        text: '投诉内容',
        status: '状态',
        decisionReason: '认定理由',
        decidedAt: '认定时间',
        about: '被投诉对象',
        userId: '被投诉网格员',
        gridId: '或被投诉网格',
      },
    },
  },
  gridgov: {
    complaints: {
      status: { PENDING: '待认定', SUBSTANTIATED: '属实', UNSUBSTANTIATED: '不属实' },
      sources: { hotline: '12345热线', letter: '来信', visit: '来访', online: '网上投诉' },
      whoRequired: '请选择被投诉的网格员或网格（二选一）',
      substantiate: '认定属实',
      reject: '认定不属实',
      decideTitle: '投诉认定：%{verdict}',
      reason: '认定理由',
      decided: '已记录认定结果',
    },
  },
};
