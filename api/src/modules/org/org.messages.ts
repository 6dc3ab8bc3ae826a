import type { Catalog } from '../../core/module';

/** Messages of orgs and of the org, grid and account imports (shared by those three). */
export const orgMessages: Catalog = {
  zh: {
    'ref.childOrg': '下级组织',
    'import.duplicateIn': '与第 {row} 行重复',
    'import.parentBad': '上级在本表中，但该行有错误',
    'import.orgMove': '与现有组织的上级不同；调整上级请在组织管理中移动',
    'import.codePrefix': '代码须以上级代码 {parent} 的有效前缀开头，且本级之后为 0',
    'import.roleUnknown': '没有代码为 {code} 的角色',
    'field.separation': '系统管理员、安全管理员、审计员三员分立，一个账号只能担任其一',
  },
  en: {
    'ref.childOrg': 'child orgs',
    'import.duplicateIn': 'repeats row {row}',
    'import.parentBad': 'the parent is a row of this file that has errors',
    'import.orgMove': 'differs from the existing org’s parent; move orgs in org management',
    'import.codePrefix': 'must start with the significant digits of the parent code {parent} and end in zeros past its own level',
    'import.roleUnknown': 'there is no role with code {code}',
    'field.separation': 'the system administrator, security administrator and auditor are separate: one account holds at most one of them',
  },
};
