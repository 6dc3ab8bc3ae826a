/** Form statuses in the reader's words, as the panel labels them (it imports this file, which imports nothing) and as the API's messages name them. */
type SubmissionStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'ARCHIVED';
type TemplateStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

export const SUBMISSION_STATUS_NAMES: Record<'zh' | 'en', Record<SubmissionStatus, string>> = {
  zh: { DRAFT: '填报中', SUBMITTED: '已上报', RETURNED: '已退回', APPROVED: '已审核', ARCHIVED: '已归档' },
  en: { DRAFT: 'Being filled', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved', ARCHIVED: 'Archived' },
};

export const TEMPLATE_STATUS_NAMES: Record<'zh' | 'en', Record<TemplateStatus, string>> = {
  zh: { DRAFT: '草稿', PUBLISHED: '已发布', RETIRED: '已停用' },
  en: { DRAFT: 'Draft', PUBLISHED: 'Published', RETIRED: 'Retired' },
};
