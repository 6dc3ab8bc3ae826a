/** The explorer follows the browser's language: English for `en*`, Chinese otherwise (as the API does). */
export const explorerLang: 'zh' | 'en' = navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh';

const catalogs = {
  zh: {
    title: 'gridgov API 浏览器',
    username: '用户名',
    password: '密码',
    signIn: '登录',
    signOut: '退出',
    token: '或粘贴令牌',
    useToken: '使用令牌',
    signedIn: '已登录：%{name}',
    anonymous: '登录后才有接口文档',
    mustChange: '该账号须先修改密码：请在管理后台修改后再使用',
    badToken: '令牌无效或已过期',
    docs: 'API 指南：docs/api.md',
  },
  en: {
    title: 'gridgov API explorer',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    token: 'or paste a token',
    useToken: 'Use token',
    signedIn: 'Signed in: %{name}',
    anonymous: 'Sign in to see the API docs',
    mustChange: 'This account must change its password first: change it in the admin panel',
    badToken: 'The token is invalid or expired',
    docs: 'API guide: docs/api.md',
  },
};

export type MessageKey = keyof (typeof catalogs)['zh'];

export const say = (key: MessageKey, args: Record<string, string> = {}): string =>
  catalogs[explorerLang][key].replace(/%\{(\w+)\}/g, (_, name: string) => args[name] ?? '');
