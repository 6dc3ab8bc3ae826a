import { inSentence, valueNames } from '../../core/i18n';
import type { Catalog } from '../../core/module';
import { TASK_ACTION_NAMES, TASK_STATUS_NAMES } from './task.names';

/** Messages of events and tasks. */
export const taskMessages: Catalog = {
  zh: {
    'ref.task': '事件/任务',
    'task.illegalTransition': '当前状态（{status}）下不能执行 {action}',
    ...valueNames('task.status', TASK_STATUS_NAMES.zh),
    ...valueNames('task.action', TASK_ACTION_NAMES.zh),
    'field.handlerScope': '处置单位不在您的调度范围内',
    'field.dictionary': '不是有效的{type}代码',
    'field.deadlineMax': '不能超过 {max} 个工作日',
    'field.noParentOrg': '已是最上级，无法上报',
    'task.overdueComment': '超期未办结，自动上报上级',
    'task.overdueReminder': '事件“{title}”已超期，已上报至{org}',
  },
  en: {
    'ref.task': 'tasks',
    'task.illegalTransition': 'cannot {action} while the task is {status}',
    ...valueNames('task.status', inSentence(TASK_STATUS_NAMES.en)),
    ...valueNames('task.action', inSentence(TASK_ACTION_NAMES.en)),
    'field.handlerScope': 'is outside the orgs you dispatch to',
    'field.dictionary': 'is not a known {type} code',
    'field.deadlineMax': 'must be at most {max} working days',
    'field.noParentOrg': 'the handler org has no parent to escalate to',
    'task.overdueComment': 'Overdue: escalated to the parent org automatically',
    'task.overdueReminder': 'Task "{title}" is overdue and was escalated to {org}',
  },
};
