import chineseModule from '@haxqer/ra-language-chinese';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { panelResources } from '../resources';
import type { AppMessages } from './en';

// Vite hands this CommonJS module over wrapped in `default`; it also lacks some v5 keys, so it goes over English.
const wrapped = chineseModule as unknown as TranslationMessages & { default?: TranslationMessages };
const chineseMessages = wrapped.default ?? wrapped;

/** The v5 keys the package lacks, and v5's record titles in place of its `#id` ones. */
const raV5Zh = {
  ra: {
    action: { reset: '重置', search_columns: '搜索列', select_all_button: '全选' },
    page: {
      edit: '%{name}：%{recordRepresentation}',
      show: '%{name}：%{recordRepresentation}',
      list: '%{name}',
      access_denied: '无权访问',
      authentication_error: '认证失败',
    },
    message: {
      access_denied: '您没有访问此页面的权限',
      authentication_error: '认证服务返回错误，无法校验您的身份。',
      select_all_limit_reached: '条目过多，仅选中了前 %{max} 项。',
      placeholder_data_warning: '网络异常：数据刷新失败。',
    },
    navigation: { clear_filters: '清除筛选', no_filtered_results: '当前筛选条件下没有%{name}。' },
    auth: { email: '邮箱' },
    notification: { offline: '网络未连接，无法获取数据。' },
    validation: { unique: '不能重复' },
    guesser: { empty: { title: '暂无数据', message: '请检查数据提供者' } },
  },
};

const appZh: AppMessages = {
  gridgov: {
    lights: { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯' },
    title: '网格化社会治理 · 管理后台',
    auth: {
      change_password: '修改密码',
      must_change: '请先设置新密码再继续使用。',
      old_password: '当前密码',
      new_password: '新密码',
      confirm_password: '再次输入新密码',
      mismatch: '两次输入的密码不一致',
      changed: '密码已修改',
      locked_until: '账号已锁定，%{until} 后可再登录',
    },
    importReport: {
      choose: '选择 xlsx 文件',
      noFile: '未选择文件',
      preview: '校验通过：将新增 %{created} 条，更新 %{updated} 条，%{unchanged} 条无变化。未写入任何数据。',
      done: '导入完成：新增 %{created} 条，更新 %{updated} 条，%{unchanged} 条无变化。',
      failed: '发现 %{errors} 处问题，未写入任何数据。请修改文件后重新导入。',
      row: '行',
      column: '列',
      message: '问题',
    },
  },
};

export const zh = mergeTranslations(englishMessages, chineseMessages, raV5Zh, appZh, ...panelResources.map((r) => r.messages.zh));
