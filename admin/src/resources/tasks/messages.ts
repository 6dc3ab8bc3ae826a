import { TASK_ACTION_NAMES, TASK_STATUS_NAMES } from '../../../../api/src/modules/task/task.names';

export const en = {
  resources: {
    tasks: {
      name: 'Event |||| Events',
      fields: {
        title: 'Title',
        status: 'Status',
        categoryCode: 'Category',
        componentCode: 'Component',
        gridId: 'Grid',
        org: 'Org',
        handlerOrg: 'Handler',
        deadline: 'Deadline',
        remainingWorkingHours: 'Time left',
        reportedAt: 'Reported at',
        reporter: 'Reporter',
        location: 'Location',
        description: 'Description',
        result: 'Result',
        history: 'Timeline',
        mine: 'My work',
        overdue: 'Overdue',
        q: 'Search',
      },
    },
  },
  gridgov: {
    tasks: {
      report: 'Report an event',
      overdue: 'Overdue',
      approved: 'Approved',
      comment: 'Comment',
      reason: 'Reason',
      message: 'Message',
      system: 'System',
      reported: 'Reported',
      done: '%{action}: done',
      hours: '%{hours} working hours',
      status: TASK_STATUS_NAMES.en,
      action: TASK_ACTION_NAMES.en,
    },
  },
};

export const zh: typeof en = {
  resources: {
    tasks: {
      name: '事件',
      fields: {
        title: '标题',
        status: '状态',
        categoryCode: '事件类别',
        componentCode: '部件类型',
        gridId: '网格',
        org: '所属单位',
        handlerOrg: '处置单位',
        deadline: '办理时限',
        remainingWorkingHours: '剩余时间',
        reportedAt: '上报时间',
        reporter: '上报人',
        location: '地点',
        description: '描述',
        result: '办理结果',
        history: '处理过程',
        mine: '我的待办',
        overdue: '超期',
        q: '搜索',
      },
    },
  },
  gridgov: {
    tasks: {
      report: '事件上报',
      overdue: '超期',
      approved: '评价通过',
      comment: '意见',
      reason: '原因',
      message: '催办内容',
      system: '系统',
      reported: '上报',
      done: '已%{action}',
      hours: '%{hours} 个工作小时',
      status: TASK_STATUS_NAMES.zh,
      action: TASK_ACTION_NAMES.zh,
    },
  },
};
