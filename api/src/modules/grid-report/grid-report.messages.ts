import type { Catalog } from '../../core/module';

/** Messages of daily grid reports. */
export const gridReportMessages: Catalog = {
  zh: {
    'ref.gridReport': '网格日报',
    'field.smsFormat': '格式应为“12号网格平安”或“12号网格：事件内容”',
    'field.smsGrid': '您的社区没有 {number} 号网格',
    'field.noCommunity': '您不属于任何社区，无法按短信格式报送',
    'field.gridOnly': '只能为社区下的网格报送',
  },
  en: {
    'ref.gridReport': 'daily grid reports',
    'field.smsFormat': 'must read "12号网格平安" or "12号网格：<what happened>"',
    'field.smsGrid': 'your community has no grid {number}',
    'field.noCommunity': 'you belong to no community, so SMS reports cannot name a grid',
    'field.gridOnly': 'only grids of a community report daily',
  },
};
