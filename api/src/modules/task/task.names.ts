/**
 * Task statuses and actions in the reader's words, as the panel labels them (it imports this file, which
 * imports nothing) and as the API's messages name them.
 */
type Status = 'REPORTED' | 'REGISTERED' | 'DISPATCHED' | 'IN_PROGRESS' | 'RESOLVED' | 'VERIFIED' | 'CLOSED' | 'RETURNED' | 'ESCALATED';
type Action = 'REGISTER' | 'DISPATCH' | 'ACCEPT' | 'RESOLVE' | 'VERIFY' | 'CLOSE' | 'RETURN' | 'ESCALATE' | 'URGE';

export const TASK_STATUS_NAMES: Record<'zh' | 'en', Record<Status, string>> = {
  zh: {
    REPORTED: '已上报',
    REGISTERED: '已登记',
    DISPATCHED: '已分拨',
    IN_PROGRESS: '处置中',
    RESOLVED: '已办结',
    VERIFIED: '已评价',
    CLOSED: '已注销',
    RETURNED: '已打回',
    ESCALATED: '已上报上级',
  },
  en: {
    REPORTED: 'Reported',
    REGISTERED: 'Registered',
    DISPATCHED: 'Dispatched',
    IN_PROGRESS: 'In progress',
    RESOLVED: 'Resolved',
    VERIFIED: 'Verified',
    CLOSED: 'Closed',
    RETURNED: 'Returned',
    ESCALATED: 'Escalated',
  },
};

export const TASK_ACTION_NAMES: Record<'zh' | 'en', Record<Action, string>> = {
  zh: {
    REGISTER: '登记',
    DISPATCH: '分拨',
    ACCEPT: '受理',
    RESOLVE: '办结',
    VERIFY: '督导评价',
    CLOSE: '注销',
    RETURN: '打回',
    ESCALATE: '上报上级',
    URGE: '催办',
  },
  en: {
    REGISTER: 'Register',
    DISPATCH: 'Dispatch',
    ACCEPT: 'Accept',
    RESOLVE: 'Resolve',
    VERIFY: 'Verify',
    CLOSE: 'Close',
    RETURN: 'Return',
    ESCALATE: 'Escalate',
    URGE: 'Urge',
  },
};
