export const en = {
  resources: {
    gridReports: { name: 'Daily report |||| Daily reports' },
  },
  gridgov: {
    reports: {
      title: 'Daily grid reports',
      grid: 'Grid',
      month: 'Month',
      pending: 'Not reported yet',
      sms: 'SMS-format report',
      send: 'Send',
      sent: 'Report received',
      status: { SAFE: 'Safe', INCIDENT: 'Incident' },
      weekday: { 0: 'Sun', 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat' },
    },
  },
};

export const zh: typeof en = {
  resources: {
    gridReports: { name: '信息报送' },
  },
  gridgov: {
    reports: {
      title: '信息报送',
      grid: '网格',
      month: '月份',
      pending: '尚未报送',
      sms: '短信格式报送',
      send: '报送',
      sent: '已报送',
      status: { SAFE: '平安', INCIDENT: '有情况' },
      weekday: { 0: '日', 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六' },
    },
  },
};
