import type { Catalog } from '../../core/module';

/** Messages of the password policy and sessions. */
export const authMessages: Catalog = {
  zh: {
    'auth.initialExpired': '初始密码已过期，请联系管理员重置',
    'field.passwordPolicy': '密码至少 {min} 位，需包含大写字母、小写字母、数字、符号中的 {classes} 类，且不能包含用户名',
    'field.passwordReused': '不能与最近 {n} 次使用过的密码相同',
  },
  en: {
    'auth.initialExpired': 'The initial password has expired; ask an administrator to reset it',
    'field.passwordPolicy': 'at least {min} characters from {classes} of: upper case, lower case, digits, symbols; not containing the username',
    'field.passwordReused': 'must differ from the last {n} passwords',
  },
};
