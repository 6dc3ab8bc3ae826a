import chineseModule from '@haxqer/ra-language-chinese';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
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
    orgs: {
      grids: '网格',
    },
    users: {
      reset_password: '重置密码',
      reset_password_help: '留空则不修改；重置后用户下次登录须修改密码',
    },
    roles: {
      invalid_json: '不是合法的 JSON',
      not_rule_array: '须为规则数组：[{ "action": …, "subject": … }]',
    },
  },
  enums: {
    orgLevel: {
      PROVINCE: '省级',
      CITY: '市级',
      COUNTY: '区县',
      TOWNSHIP: '街道乡镇',
      COMMUNITY: '社区村',
      DEPARTMENT: '职能部门',
    },
    dataScope: {
      ALL: '全部数据',
      ORG_SUBTREE: '本机构及下级',
      ORG: '本机构',
      GRID: '本人网格',
      SELF: '仅本人',
    },
    gridLevel: { 1: '一级网格', 2: '二级网格', 3: '三级网格' },
  },
  resources: {
    orgs: {
      name: '组织机构 |||| 组织机构',
      fields: {
        code: '区划代码',
        name: '名称',
        level: '层级',
        parentId: '上级机构',
      },
    },
    grids: {
      name: '网格 |||| 网格',
      fields: {
        orgId: '所属社区',
        parentId: '上级网格',
        number: '网格编号',
        name: '网格名称',
        level: '网格级别',
        boundary: '四至范围',
        households: '户数',
        population: '人口',
        leaderId: '网格长',
        workerIds: '网格员',
        workers: '网格员',
      },
    },
    users: {
      name: '用户 |||| 用户',
      fields: {
        username: '用户名',
        name: '姓名',
        phone: '手机号',
        orgId: '所属机构',
        roleIds: '角色',
        gridIds: '负责网格',
        roleId: '角色',
        password: '初始密码',
        lockedUntil: '锁定至',
        lastLoginAt: '最近登录',
      },
    },
    roles: {
      name: '角色 |||| 角色',
      fields: {
        code: '编码',
        name: '名称',
        scope: '数据范围',
        rules: '权限规则（CASL JSON）',
        builtIn: '内置',
      },
    },
    dictionaries: {
      name: '数据字典 |||| 数据字典',
      fields: {
        type: '字典类型',
        code: '编码',
        name: '名称',
        sort: '排序',
        enabled: '启用',
      },
    },
    auditLogs: {
      name: '操作日志 |||| 操作日志',
      fields: {
        at: '时间',
        username: '用户',
        ip: 'IP 地址',
        operation: '操作',
        targetType: '对象类型',
        targetId: '对象 ID',
        before: '变更前',
        after: '变更后',
        success: '成功',
        from: '起始时间',
        to: '截止时间',
      },
    },
  },
};

export const zh = mergeTranslations(englishMessages, chineseMessages, raV5Zh, appZh);
