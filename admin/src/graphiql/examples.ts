/** The explorer's first tabs: one operation for each common screen, valid against schema/schema.graphql (a test keeps them so). */
export const exampleOperations: { title: string; query: string; variables?: string }[] = [
  {
    title: 'me',
    query: `# 当前用户：角色、所属组织、网格与权限规则
# The signed-in user: roles, org, grids and rules
query Me {
  me {
    id
    username
    name
    mustChangePassword
    org { id name level }
    roles { code name scope }
    grids { id number name }
  }
}
`,
  },
  {
    title: 'inbox',
    query: `# 待办：我现在能处理的事件，截止时间最早的在前
# Inbox: tasks the caller can act on now
query Inbox($limit: Int!) {
  tasks(filter: { mine: true }, sort: [{ field: DEADLINE, direction: ASC }], limit: $limit) {
    total
    items {
      id
      title
      status
      priority
      deadline
      overdue
      allowedActions
      version
      grid { number name }
    }
  }
}
`,
    variables: '{ "limit": 20 }',
  },
  {
    title: 'grids',
    query: `# 网格列表：按编号排序，分页
# Grid list, by number, one page
query Grids($q: String, $offset: Int!, $limit: Int!) {
  grids(filter: { q: $q }, sort: [{ field: NUMBER, direction: ASC }], offset: $offset, limit: $limit) {
    total
    items {
      id
      number
      name
      households
      population
      org { name }
      leader { name }
      workers { name }
      version
    }
  }
}
`,
    variables: '{ "q": null, "offset": 0, "limit": 25 }',
  },
  {
    title: 'people ledger',
    query: `# 重点人员台账：身份证号按角色脱敏
# People ledger: ID numbers masked by role
query PeopleLedger($offset: Int!, $limit: Int!) {
  supervisedPeople(sort: [{ field: NAME, direction: ASC }], offset: $offset, limit: $limit) {
    total
    items {
      id
      name
      idNumber
      kind
      riskLevel
      status
      grid { number name }
      responsible { name }
      version
    }
  }
}
`,
    variables: '{ "offset": 0, "limit": 25 }',
  },
  {
    title: 'statistics',
    query: `# 统计：期间内事件办理情况，按下级组织分组
# Statistics: tasks of a period by child org
query Statistics($from: Date!, $to: Date!) {
  taskStats(from: $from, to: $to, groupBy: CHILD_ORG) {
    received
    closed
    overdue
    closureRate
    onTimeRate
    groups { key label received closed overdue closureRate }
  }
}
`,
    variables: '{ "from": "2026-01-01", "to": "2026-12-31" }',
  },
];
