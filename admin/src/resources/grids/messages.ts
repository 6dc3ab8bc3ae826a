export const en = {
  resources: {
    grids: {
      name: 'Grid |||| Grids',
      fields: {
        orgId: 'Community',
        parentId: 'Parent grid',
        number: 'Number',
        name: 'Name',
        level: 'Grid level',
        boundary: 'Boundary',
        households: 'Households',
        population: 'Population',
        leaderId: 'Grid leader',
        workerIds: 'Grid workers',
        workers: 'Grid workers',
      },
    },
  },
  enums: {
    gridLevel: { 1: 'Level 1 grid', 2: 'Level 2 grid', 3: 'Level 3 grid' },
  },
};

export const zh: typeof en = {
  resources: {
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
  },
  enums: {
    gridLevel: { 1: '一级网格', 2: '二级网格', 3: '三级网格' },
  },
};
