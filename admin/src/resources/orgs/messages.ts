export const en = {
  resources: {
    orgs: {
      name: 'Org |||| Orgs',
      fields: {
        code: 'Division code',
        name: 'Name',
        level: 'Level',
        parentId: 'Parent',
      },
    },
  },
  gridgov: {
    orgs: {
      grids: 'Grids',
      no_children: 'This org has no child orgs',
    },
  },
  enums: {
    orgLevel: {
      PROVINCE: 'Province',
      CITY: 'City',
      COUNTY: 'County / district',
      TOWNSHIP: 'Township / sub-district',
      COMMUNITY: 'Community / village',
      DEPARTMENT: 'Department',
    },
  },
};

export const zh: typeof en = {
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
  },
  gridgov: {
    orgs: {
      grids: '网格',
      no_children: '该组织没有下级组织',
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
  },
};
