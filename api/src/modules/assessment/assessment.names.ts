/** Scorecard and flag states in the reader's words, as the panel labels them (it imports this file, which imports nothing) and as the API's messages name them. */
type CardStatus = 'DRAFT' | 'SUBMITTED' | 'CONFIRMED';
type FlagStatus = 'OPEN' | 'ACKNOWLEDGED' | 'APPEALED' | 'UPHELD' | 'WITHDRAWN';
type FlagAction = 'ACKNOWLEDGE' | 'APPEAL' | 'UPHOLD' | 'WITHDRAW';

export const CARD_STATUS_NAMES: Record<'zh' | 'en', Record<CardStatus, string>> = {
  zh: { DRAFT: '草稿', SUBMITTED: '已提交', CONFIRMED: '已确认' },
  en: { DRAFT: 'Draft', SUBMITTED: 'Submitted', CONFIRMED: 'Confirmed' },
};

export const FLAG_STATUS_NAMES: Record<'zh' | 'en', Record<FlagStatus, string>> = {
  zh: { OPEN: '待处理', ACKNOWLEDGED: '已作检查', APPEALED: '申诉中', UPHELD: '维持', WITHDRAWN: '撤销' },
  en: { OPEN: 'Open', ACKNOWLEDGED: 'Acknowledged', APPEALED: 'Appealed', UPHELD: 'Upheld', WITHDRAWN: 'Withdrawn' },
};

export const FLAG_ACTION_NAMES: Record<'zh' | 'en', Record<FlagAction, string>> = {
  zh: { ACKNOWLEDGE: '提交检查', APPEAL: '申诉', UPHOLD: '维持', WITHDRAW: '撤销' },
  en: { ACKNOWLEDGE: 'Acknowledge', APPEAL: 'Appeal', UPHOLD: 'Uphold', WITHDRAW: 'Withdraw' },
};
