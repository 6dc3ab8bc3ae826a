import { parseGridSms } from '../../../api/src/modules/grid-report/sms';

describe('SMS report format', () => {
  it.each([
    ['12号网格平安', { number: 12, status: 'SAFE', severity: null, text: null }],
    [' 3号网格 平安。', { number: 3, status: 'SAFE', severity: null, text: null }],
    ['12号网格：楼道堆物已清理', { number: 12, status: 'INCIDENT', severity: 'GENERAL', text: '楼道堆物已清理' }],
    ['7号网格:两户因宅基地发生重大矛盾纠纷', { number: 7, status: 'INCIDENT', severity: 'MAJOR_DISPUTE', text: '两户因宅基地发生重大矛盾纠纷' }],
    ['7号网格：发现预警性矛盾纠纷', { number: 7, status: 'INCIDENT', severity: 'WARNING_DISPUTE', text: '发现预警性矛盾纠纷' }],
    ['2号网格：有人准备进京上访', { number: 2, status: 'INCIDENT', severity: 'PETITION', text: '有人准备进京上访' }],
  ])('reads %s', (text, expected) => {
    expect(parseGridSms(text)).toEqual(expected);
  });

  it.each(['网格平安', '12号平安', '十二号网格平安', '12号网格', '12号网格：', '12号网格平安无事', ''])('refuses %j', (text) => {
    expect(parseGridSms(text)).toBeNull();
  });
});
