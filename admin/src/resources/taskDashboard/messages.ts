export const en = {
  resources: {
    taskDashboard: { name: 'Events dashboard |||| Events dashboard' },
  },
  gridgov: {
    dashboard: {
      title: 'Events dashboard',
      from: 'From',
      to: 'To',
      received: 'Received',
      closed: 'Closed',
      closureRate: 'Closure rate',
      overdue: 'Overdue',
      onTimeRate: 'On time',
      greenRate: 'Green-light rate',
      byOrg: 'By org',
      lights: 'Daily report traffic lights',
      byCategory: 'By category',
      uncategorised: 'Uncategorised',
    },
  },
};

export const zh: typeof en = {
  resources: {
    taskDashboard: { name: '事件统计' },
  },
  gridgov: {
    dashboard: {
      title: '事件统计',
      from: '开始日期',
      to: '结束日期',
      received: '受理数',
      closed: '结案数',
      closureRate: '结案率',
      overdue: '超期数',
      onTimeRate: '按期办结率',
      greenRate: '绿灯率',
      byOrg: '按下级单位',
      lights: '信息报送红绿灯',
      byCategory: '按事件类别',
      uncategorised: '未分类',
    },
  },
};
