export const en = {
  resources: {
    keyLocations: {
      name: 'Key location |||| Key locations',
      fields: {
        name: 'Name',
        kind: 'Kind',
        gridId: 'Grid',
        'grid.name': 'Grid',
        address: 'Address',
        notes: 'What to check on patrol',
      },
    },
  },
};

export const zh: typeof en = {
  resources: {
    keyLocations: {
      name: '重点部位 |||| 重点部位',
      fields: {
        name: '名称',
        kind: '类别',
        gridId: '所属网格',
        'grid.name': '所属网格',
        address: '地址',
        notes: '巡查要点',
      },
    },
  },
};
