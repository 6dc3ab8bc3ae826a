export const en = {
  resources: {
    onboarding: { name: 'Bulk import' },
  },
  gridgov: {
    onboarding: {
      tabs: { orgs: 'Orgs', grids: 'Grids', users: 'Accounts' },
      intro: {
        orgs: 'Orgs by 12-digit division code, each under its parent and within your scope. A code already present is updated.',
        grids: 'Grids by community code and number, with households, population and boundaries. Import the orgs first.',
        users:
          'Accounts with ID number (checked), org code, grid numbers and roles no wider than yours. Import orgs and grids first. Every new account must change its initial password at first sign-in.',
      },
      template: 'Download template',
      dryRun: 'Check only (write nothing)',
      check: 'Check file',
      run: 'Import',
      busy: 'Working…',
      users: {
        rule: 'Initial password',
        ID_NUMBER_LAST8: 'Last 8 characters of the ID number',
        RANDOM: 'Random, one per account',
        idNumberPasswords: 'New accounts sign in with the last 8 characters of their ID number and must change it.',
        passwordsOnce: '%{count} initial passwords were generated. Download them now: they are offered this once and stored nowhere.',
        passwordsGone: 'The %{count} initial passwords were downloaded; they are no longer available here.',
        downloadPasswords: 'Download passwords',
      },
    },
  },
};

export const zh: typeof en = {
  resources: {
    onboarding: { name: '批量导入' },
  },
  gridgov: {
    onboarding: {
      tabs: { orgs: '组织', grids: '网格', users: '账号' },
      intro: {
        orgs: '按 12 位区划代码导入组织，须在上级之下、在您的管理范围内；代码已存在的更新该组织。',
        grids: '按社区代码和网格编号导入网格，含户数、人口和四至。请先导入组织。',
        users: '导入账号：身份证号（校验）、组织代码、网格编号、角色（不能超出您的权限）。请先导入组织和网格。新账号首次登录须修改初始密码。',
      },
      template: '下载模板',
      dryRun: '仅校验（不写入）',
      check: '校验文件',
      run: '导入',
      busy: '处理中…',
      users: {
        rule: '初始密码',
        ID_NUMBER_LAST8: '身份证号后 8 位',
        RANDOM: '随机生成（每个账号不同）',
        idNumberPasswords: '新账号以身份证号后 8 位登录，首次登录须修改密码。',
        passwordsOnce: '已生成 %{count} 个初始密码。请立即下载：只提供这一次，系统不保存。',
        passwordsGone: '%{count} 个初始密码已下载，此处不再提供。',
        downloadPasswords: '下载初始密码',
      },
    },
  },
};
