import { registerMessages } from '../../core/i18n';

export const taskMessages = registerMessages({
  zh: {
    'task.illegalTransition': '当前状态（{status}）下不能执行 {action}',
    'field.handlerScope': '处置单位不在您的调度范围内',
    'field.dictionary': '不是有效的{type}代码',
    'field.deadlineMax': '不能超过 {max} 个工作日',
    'field.futureDate': '不能晚于今天',
    'field.smsFormat': '格式应为“12号网格平安”或“12号网格：事件内容”',
    'field.smsGrid': '您的社区没有 {number} 号网格',
    'field.noCommunity': '您不属于任何社区，无法按短信格式报送',
    'field.gridOnly': '只能为社区下的网格报送',
    'field.noParentOrg': '已是最上级，无法上报',
    'task.overdueComment': '超期未办结，自动上报上级',
    'task.overdueReminder': '事件“{title}”已超期，已上报至{org}',
  },
  en: {
    'task.illegalTransition': '{action} is not possible while the task is {status}',
    'field.handlerScope': 'is outside the orgs you dispatch to',
    'field.dictionary': 'is not a known {type} code',
    'field.deadlineMax': 'must be at most {max} working days',
    'field.futureDate': 'must not be after today',
    'field.smsFormat': 'must read "12号网格平安" or "12号网格：<what happened>"',
    'field.smsGrid': 'your community has no grid {number}',
    'field.noCommunity': 'you belong to no community, so SMS reports cannot name a grid',
    'field.gridOnly': 'only grids of a community report daily',
    'field.noParentOrg': 'the handler org has no parent to escalate to',
    'task.overdueComment': 'Overdue: escalated to the parent org automatically',
    'task.overdueReminder': 'Task "{title}" is overdue and was escalated to {org}',
  },
});
