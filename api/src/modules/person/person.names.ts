/**
 * Sex, risk level and supervision status in the reader's words: the panel's labels (it imports this file,
 * which imports nothing), the sheets' vocabulary (Chinese) and the API's messages.
 */
type Sex = 'MALE' | 'FEMALE';
type Risk = 'LOW' | 'MEDIUM' | 'HIGH';
type Status = 'ACTIVE' | 'ENDED' | 'TRANSFERRED' | 'REVOKED';

export const SEX_NAMES: Record<'zh' | 'en', Record<Sex, string>> = {
  zh: { MALE: '男', FEMALE: '女' },
  en: { MALE: 'Male', FEMALE: 'Female' },
};

export const RISK_NAMES: Record<'zh' | 'en', Record<Risk, string>> = {
  zh: { LOW: '低', MEDIUM: '中', HIGH: '高' },
  en: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' },
};

export const STATUS_NAMES: Record<'zh' | 'en', Record<Status, string>> = {
  zh: { ACTIVE: '在管', ENDED: '解除', TRANSFERRED: '移交', REVOKED: '撤销' },
  en: { ACTIVE: 'Active', ENDED: 'Ended', TRANSFERRED: 'Handed over', REVOKED: 'Revoked' },
};
