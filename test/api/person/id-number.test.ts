import { checkCharacter, knownRegion, makeIdNumber, maskIdNumber, parseIdNumber } from '../../../api/src/modules/person/id-number';

const TODAY = new Date('2026-11-29T00:00:00Z');

describe('GB 11643 ID numbers', () => {
  it('accepts a valid number and derives birth date and sex (odd sequence: male)', () => {
    expect(parseIdNumber('110118199001011234', TODAY)).toEqual({ ok: true, value: '110118199001011234', birthDate: '1990-01-01', sex: 'MALE' });
    expect(parseIdNumber('110105194910010023', TODAY)).toEqual({ ok: true, value: '110105194910010023', birthDate: '1949-10-01', sex: 'FEMALE' });
  });

  it('computes the ISO 7064 MOD 11-2 check character, X for 10', () => {
    expect(checkCharacter('11011819900101123')).toBe('4');
    expect(checkCharacter('11011819850315007')).toBe('X');
    expect(makeIdNumber('110118', '19850315', 7)).toBe('11011819850315007X');
  });

  it('reads a lower-case x as X', () => {
    expect(parseIdNumber('11011819850315007x', TODAY)).toMatchObject({ ok: true, value: '11011819850315007X', birthDate: '1985-03-15', sex: 'MALE' });
    expect(parseIdNumber(' 11011819850315007x ', TODAY)).toMatchObject({ ok: true, value: '11011819850315007X' });
  });

  it('refuses a wrong check digit', () => {
    expect(parseIdNumber('110118199001011235', TODAY)).toEqual({ ok: false, problem: 'checkDigit' });
    expect(parseIdNumber('110118198503150070', TODAY)).toEqual({ ok: false, problem: 'checkDigit' });
  });

  it('refuses dates that do not exist or lie in the future', () => {
    expect(parseIdNumber(makeIdNumber('110118', '19900230', 123), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    expect(parseIdNumber(makeIdNumber('110118', '19901301', 123), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    expect(parseIdNumber(makeIdNumber('110118', '20261130', 123), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    expect(parseIdNumber(makeIdNumber('110118', '18991231', 123), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    expect(parseIdNumber(makeIdNumber('110228', '19800229', 31), TODAY)).toMatchObject({ ok: true, birthDate: '1980-02-29' });
  });

  it('refuses wrong lengths, characters and unknown regions', () => {
    expect(parseIdNumber('11011819900101123', TODAY)).toEqual({ ok: false, problem: 'length' });
    expect(parseIdNumber('1101181990010112345', TODAY)).toEqual({ ok: false, problem: 'length' });
    expect(parseIdNumber('11011819900101X234', TODAY)).toEqual({ ok: false, problem: 'format' });
    expect(parseIdNumber(makeIdNumber('990101', '19900101', 123), TODAY)).toEqual({ ok: false, problem: 'region' });
    expect(parseIdNumber(makeIdNumber('119901', '19900101', 123), TODAY)).toEqual({ ok: false, problem: 'region' });
  });

  it('knows current counties and the prefectures of abolished ones', () => {
    expect(knownRegion('110118')).toBe(true); // 密云区
    expect(knownRegion('110228')).toBe(true); // 密云县 before 2015
    expect(knownRegion('130102')).toBe(true); // 石家庄市长安区
    expect(knownRegion('139901')).toBe(false);
    expect(knownRegion('000000')).toBe(false);
  });

  it('masks all but the region and the last four characters', () => {
    expect(maskIdNumber('110118199001011234')).toBe('110118********1234');
    expect(maskIdNumber(null)).toBeNull();
  });
});
