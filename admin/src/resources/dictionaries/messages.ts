export const en = {
  resources: {
    dictionaries: {
      name: 'Dictionary entry |||| Dictionaries',
      fields: {
        type: 'Type',
        code: 'Code',
        name: 'Name',
        sort: 'Order',
        enabled: 'Enabled',
      },
    },
  },
};

export const zh: typeof en = {
  resources: {
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
  },
};
