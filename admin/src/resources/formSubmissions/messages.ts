import { SUBMISSION_STATUS_NAMES } from '../../../../api/src/modules/form/form.names';

export const en = {
  resources: {
    formSubmissions: {
      name: 'Form submission |||| Form submissions',
      fields: {
        template: 'Form',
        org: 'Org',
        period: 'Period',
        status: 'Status',
        dueAt: 'Due',
        submittedAt: 'Submitted',
        late: 'Late',
        approvedBy: 'Approved by',
        approvedAt: 'Approved at',
        roundId: 'Round',
        history: 'History',
      },
    },
  },
  gridgov: {
    forms: {
      submissionStatus: SUBMISSION_STATUS_NAMES.en,
      action: { SAVE: 'Saved', SUBMIT: 'Submitted', RETURN: 'Returned', APPROVE: 'Approved', UNLOCK: 'Unlocked', ARCHIVE: 'Archived' },
      fill: {
        submit: 'Submit',
        saved: 'Saved',
        submitted: 'Submitted',
        required: 'Required',
        belowMin: 'At least %{min}',
        aboveMax: 'At most %{max}',
        integer: 'A whole number',
        explanations: 'Explanations for warnings',
        blocked: 'Errors must be fixed before submitting',
        explainWarnings: 'Explain every warning to submit',
      },
      review: {
        fieldReason: 'Return reason for this field',
        reason: 'Reason',
        return: 'Return',
        approve: 'Approve',
        unlock: 'Unlock',
        returned: 'Returned to the filer',
        approved: 'Approved',
        unlocked: 'Unlocked',
        approvedBy: 'Approved by %{name} at %{at}',
      },
    },
  },
};

export const zh: typeof en = {
  resources: {
    formSubmissions: {
      name: '报表填报 |||| 报表填报',
      fields: {
        template: '报表',
        org: '填报单位',
        period: '期间',
        status: '状态',
        dueAt: '截止时间',
        submittedAt: '上报时间',
        late: '迟报',
        approvedBy: '审核人',
        approvedAt: '审核时间',
        roundId: '报送批次',
        history: '流转记录',
      },
    },
  },
  gridgov: {
    forms: {
      submissionStatus: SUBMISSION_STATUS_NAMES.zh,
      action: { SAVE: '保存', SUBMIT: '上报', RETURN: '退回', APPROVE: '审核通过', UNLOCK: '解锁', ARCHIVE: '归档' },
      fill: {
        submit: '上报',
        saved: '已保存',
        submitted: '已上报',
        required: '必填',
        belowMin: '不能小于 %{min}',
        aboveMax: '不能大于 %{max}',
        integer: '应为整数',
        explanations: '警告说明',
        blocked: '请先改正错误再上报',
        explainWarnings: '请为每条警告填写说明后上报',
      },
      review: {
        fieldReason: '此项退回原因',
        reason: '原因',
        return: '退回',
        approve: '审核通过',
        unlock: '解锁',
        returned: '已退回填报单位',
        approved: '已审核通过',
        unlocked: '已解锁',
        approvedBy: '%{name} 于 %{at} 审核通过',
      },
    },
  },
};
