import { AsyncLocalStorage } from 'node:async_hooks';

export type Lang = 'zh' | 'en';

/** The language of the request being served, for messages produced far from its context (error formatting). */
export const requestLang = new AsyncLocalStorage<Lang>();

export function langFrom(acceptLanguage: string | undefined): Lang {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh';
}

const zh = {
  'auth.required': '请先登录',
  'auth.failed': '用户名或密码错误',
  'auth.locked': '登录失败次数过多，账号已锁定至 {until}',
  'auth.passwordChangeRequired': '请先修改初始密码',
  'auth.oldPasswordWrong': '原密码错误',
  forbidden: '没有权限执行此操作',
  notFound: '{type} 不存在或不在您的权限范围内',
  'conflict.version': '数据已被他人修改，请刷新后重试',
  'conflict.duplicate': '{field} 已存在',
  'conflict.inUse': '{type} 仍被引用，无法删除',
  'conflict.referenced': '{type} 仍被{by}引用，无法删除',
  badInput: '输入有误：{fields}',
  internal: '服务器内部错误',
  tooComplex: '查询过于复杂：{detail}',
  rateLimited: '请求过于频繁，请稍后再试',
  badRequest: '请求格式错误：{detail}',
  // field messages
  'field.required': '不能为空',
  'field.tooLong': '长度不能超过 {max}',
  'field.tooShort': '长度不能少于 {min}',
  'field.min': '不能小于 {min}',
  'field.max': '不能大于 {max}',
  'field.int': '必须是整数',
  'field.format': '格式不正确',
  'field.unknown': '不存在或不在您的权限范围内',
  'field.futureDate': '不能晚于今天',
  'import.header': '缺少列：{columns}',
  'import.gridUnknown': '该社区下没有编号为 {number} 的网格，或不在您的权限范围内',
  'import.orgUnknown': '社区代码不存在或不在您的权限范围内',
  'field.limit': '不能超过 {max}',
  'field.duplicate': '已存在',
  'field.orgCode': '必须是 12 位行政区划代码',
  'field.orgLevel': '层级必须低于上级组织（{parent}）',
  'field.orgCycle': '不能把组织移到它自己或它的下级之下',
  'field.rootLevel': '没有上级的组织必须是省级或市级',
  'field.gridOrg': '网格只能建在社区或乡镇/街道下',
  'field.gridParentOrg': '上级网格必须属于同一组织',
  'field.gridParentLevel': '上级网格的层级必须比本网格高一级',
  'field.password': '密码至少 10 位，需包含大写字母、小写字母、数字、符号中的三类，且不能包含用户名',
  'field.passwordSame': '新密码不能与原密码相同',
  'field.rules': '不是有效的 CASL 规则：{detail}',
  'field.tooWide': '超出了您自己的权限：{detail}',
  'field.json': '不是有效的 JSON',
  'field.hasChildren': '仍有下级，无法删除',
  'field.nul': '不能包含空字符（U+0000）',
  'field.tooManyItems': '最多 {max} 项',
  'field.rangeDays': '时间范围不能超过 {max} 天',
  'field.offset': '不能超过 {max}，请缩小筛选范围',
  statementTimeout: '查询耗时过长，请缩小范围后重试',
  introspectionSignedIn: '请先登录再查询接口结构',
  bodyTooLarge: '请求体过大（上限 {max}）',
  'xlsx.file': '无法读取 xlsx 文件',
  'xlsx.tooLarge': '文件过大（上限 {max}）',
  'xlsx.empty': '文件中没有数据行',
  'xlsx.tooMany': '一次最多导入 {max} 行',
  'field.tooDeep': '嵌套不能超过 {max} 层',
  'field.dateRange': '日期须在 {min} 至 {max} 之间',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'auth.required': 'Please sign in',
  'auth.failed': 'Wrong username or password',
  'auth.locked': 'Too many failed sign-ins; the account is locked until {until}',
  'auth.passwordChangeRequired': 'Change your initial password first',
  'auth.oldPasswordWrong': 'The current password is wrong',
  forbidden: 'You may not do this',
  notFound: '{type} does not exist or is outside your scope',
  'conflict.version': 'Someone else changed this record; reload and try again',
  'conflict.duplicate': '{field} already exists',
  'conflict.inUse': '{type} is still referenced and cannot be deleted',
  'conflict.referenced': '{type} is still referred to by {by} and cannot be deleted',
  badInput: 'Invalid input: {fields}',
  internal: 'Internal server error',
  tooComplex: 'Query too complex: {detail}',
  rateLimited: 'Too many requests; try again later',
  badRequest: 'Malformed request: {detail}',
  'field.required': 'is required',
  'field.tooLong': 'must be at most {max} characters',
  'field.tooShort': 'must be at least {min} characters',
  'field.min': 'must be at least {min}',
  'field.max': 'must be at most {max}',
  'field.int': 'must be an integer',
  'field.format': 'has a wrong format',
  'field.unknown': 'does not exist or is outside your scope',
  'field.futureDate': 'must not be after today',
  'import.header': 'missing columns: {columns}',
  'import.gridUnknown': 'the community has no grid number {number}, or it is outside your scope',
  'import.orgUnknown': 'the community code does not exist or is outside your scope',
  'field.limit': 'must not exceed {max}',
  'field.duplicate': 'already exists',
  'field.orgCode': 'must be a 12-digit administrative-division code',
  'field.orgLevel': 'must be a lower level than the parent ({parent})',
  'field.orgCycle': 'cannot move an org under itself or one of its descendants',
  'field.rootLevel': 'an org without a parent must be a province or city',
  'field.gridOrg': 'grids belong to a community or township org',
  'field.gridParentOrg': 'the parent grid must belong to the same org',
  'field.gridParentLevel': 'the parent grid must be exactly one level up',
  'field.password': 'at least 10 characters from three of: upper case, lower case, digits, symbols; not containing the username',
  'field.passwordSame': 'the new password must differ from the current one',
  'field.rules': 'is not a valid list of CASL rules: {detail}',
  'field.tooWide': 'is wider than your own permissions: {detail}',
  'field.json': 'is not valid JSON',
  'field.hasChildren': 'still has children and cannot be deleted',
  'field.nul': 'must not contain a NUL character (U+0000)',
  'field.tooManyItems': 'must have at most {max} items',
  'field.rangeDays': 'the range must not span more than {max} days',
  'field.offset': 'must not exceed {max}; narrow the filter instead',
  statementTimeout: 'The query took too long; narrow it and try again',
  introspectionSignedIn: 'Sign in to query the schema',
  bodyTooLarge: 'Request body too large (limit {max})',
  'xlsx.file': 'cannot read the xlsx file',
  'xlsx.tooLarge': 'the file is too large (limit {max})',
  'xlsx.empty': 'the file has no data rows',
  'xlsx.tooMany': 'at most {max} rows per import',
  'field.tooDeep': 'must not nest more than {max} levels deep',
  'field.dateRange': 'must be between {min} and {max}',
};

const catalogs: Record<Lang, Record<string, string>> = { zh: { ...zh }, en: { ...en } };

/**
 * A domain module's own messages, in both languages: `export const m = registerMessages({ zh: {...}, en: {...} })`
 * in `<domain>.messages.ts`; its keys are then valid wherever a MessageKey is.
 */
export function registerMessages<K extends string>(messages: { zh: Record<K, string>; en: Record<K, string> }): K[] {
  Object.assign(catalogs.zh, messages.zh);
  Object.assign(catalogs.en, messages.en);
  return Object.keys(messages.zh) as K[];
}

export type MessageParams = Record<string, string | number>;

/**
 * Messages naming each value of an enum, `prefix.VALUE` → its name, so that a message about a value says it
 * in the reader's words: `t(`${prefix}.${value}`)`.
 */
export const valueNames = (prefix: string, names: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(names).map(([value, name]) => [`${prefix}.${value}`, name]));

/** Names that label a value on their own (`In progress`) as they read inside an English sentence (`in progress`). */
export const inSentence = (names: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(names).map(([value, name]) => [value, name.toLowerCase()]));

export function t(key: MessageKey | (string & {}), params: MessageParams = {}, lang: Lang = requestLang.getStore() ?? 'zh'): string {
  const text = catalogs[lang][key] ?? catalogs.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
