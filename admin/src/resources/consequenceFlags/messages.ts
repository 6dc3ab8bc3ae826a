import { FLAG_ACTION_NAMES, FLAG_STATUS_NAMES } from '../../../../api/src/modules/assessment/assessment.names';

export const en = {
  resources: {
    consequenceFlags: {
      name: 'Consequence flag |||| Consequence flags',
      fields: {
        userName: 'Person',
        grid: 'Grid',
        ruleCode: 'Rule',
        consequence: 'Consequence',
        period: 'Period',
        status: 'Status',
        evidence: 'Evidence',
        texts: 'Self-review, appeal, decision',
      },
    },
  },
  gridgov: {
    flags: {
      status: FLAG_STATUS_NAMES.en,
      consequence: { CRITICISM: 'Criticism and written self-review', DISMISSAL_OR_TRANSFER: 'Dismissal or transfer' },
      action: FLAG_ACTION_NAMES.en,
      textLabel: { ACKNOWLEDGE: 'Written self-review', APPEAL: 'Reason for the appeal', UPHOLD: 'Reason', WITHDRAW: 'Reason' },
      actionTitle: '%{action}: %{name}',
      moved: 'Flag updated',
      selfReview: 'Self-review',
      appealReason: 'Appeal',
      decisionReason: 'Decision',
      evidence: {
        score: 'Survey score %{value}',
        h1: 'H1 score %{value}',
        h2: 'H2 score %{value}',
        threshold: 'threshold %{value}',
        count: '%{value} substantiated complaints',
      },
    },
  },
};

export const zh: typeof en = {
  resources: {
    consequenceFlags: {
      name: '问责提示',
      fields: {
        userName: '人员',
        grid: '网格',
        ruleCode: '规则',
        consequence: '处理',
        period: '期间',
        status: '状态',
        evidence: '依据',
        texts: '检查、申诉、决定',
      },
    },
  },
  gridgov: {
    flags: {
      status: FLAG_STATUS_NAMES.zh,
      consequence: { CRITICISM: '通报批评并书面检查', DISMISSAL_OR_TRANSFER: '劝退或调离' },
      action: FLAG_ACTION_NAMES.zh,
      textLabel: { ACKNOWLEDGE: '书面检查', APPEAL: '申诉理由', UPHOLD: '维持理由', WITHDRAW: '撤销理由' },
      actionTitle: '%{action}：%{name}',
      moved: '已更新',
      selfReview: '书面检查',
      appealReason: '申诉理由',
      decisionReason: '处理决定',
      evidence: {
        score: '满意度得分 %{value}',
        h1: '上半年得分 %{value}',
        h2: '下半年得分 %{value}',
        threshold: '阈值 %{value}',
        count: '属实投诉 %{value} 件',
      },
    },
  },
};
