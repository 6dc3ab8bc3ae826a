export const en = {
  resources: {
    security: { name: 'Security' },
  },
  gridgov: {
    security: {
      tabs: { policy: 'Password policy', locked: 'Locked accounts', sessions: 'Sessions' },
      actions: 'Actions',
      policy: {
        minLength: 'Minimum length',
        minLength_help: '8–64 characters',
        classes: 'Character classes',
        classes_help: '1–4 of lower case, upper case, digits, symbols',
        history: 'Password history',
        history_help: '0–24: a new password may not repeat the last N',
        expiryDays: 'Password expiry (days)',
        expiryDays_help: '0–3650; 0: passwords do not expire',
        initialExpiryDays: 'Initial password expiry (days)',
        initialExpiryDays_help: '1–365 days an unchanged initial password works',
        idleTimeoutMinutes: 'Idle timeout (minutes)',
        idleTimeoutMinutes_help: '5–1440 minutes without a request end a session',
      },
      locked: {
        unlock: 'Unlock',
        unlocked: '%{username} unlocked',
        none: 'No account is locked.',
      },
      sessions: {
        q: 'Username',
        createdAt: 'Signed in',
        lastSeenAt: 'Last active',
        expiresAt: 'Expires',
        ip: 'Address',
        revoke: 'End session',
        confirm: 'End this session of %{username}? Its token stops working at once.',
        revoked: 'Session ended',
        none: 'No session in force.',
      },
    },
  },
};

export const zh: typeof en = {
  resources: {
    security: { name: '安全管理' },
  },
  gridgov: {
    security: {
      tabs: { policy: '密码策略', locked: '锁定账号', sessions: '在线会话' },
      actions: '操作',
      policy: {
        minLength: '最短长度',
        minLength_help: '8–64 个字符',
        classes: '字符类别数',
        classes_help: '小写、大写、数字、符号中至少几类（1–4）',
        history: '密码历史',
        history_help: '0–24：新密码不能与最近 N 个相同',
        expiryDays: '密码有效期（天）',
        expiryDays_help: '0–3650；0 表示不过期',
        initialExpiryDays: '初始密码有效期（天）',
        initialExpiryDays_help: '未修改的初始密码可用天数（1–365）',
        idleTimeoutMinutes: '空闲超时（分钟）',
        idleTimeoutMinutes_help: '5–1440 分钟无操作则会话结束',
      },
      locked: {
        unlock: '解锁',
        unlocked: '已解锁 %{username}',
        none: '没有被锁定的账号。',
      },
      sessions: {
        q: '用户名',
        createdAt: '登录时间',
        lastSeenAt: '最近活动',
        expiresAt: '到期时间',
        ip: '地址',
        revoke: '强制下线',
        confirm: '结束 %{username} 的这个会话？其令牌立即失效。',
        revoked: '会话已结束',
        none: '没有在线会话。',
      },
    },
  },
};
