import { graphql } from './gql';

/** Sign-in: the token goes into `Authorization: Bearer <token>` on every later request. */
export const Login = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        name
        mustChangePassword
      }
    }
  }
`);

/** The inbox: tasks the caller can act on now, soonest deadline first; `allowedActions` says which buttons to show. */
export const Inbox = graphql(`
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
        grid {
          number
          name
        }
      }
    }
  }
`);

/** Open events of one grid (a grid worker reports them and follows them; handlers act on them from their inbox). */
export const GridTasks = graphql(`
  query GridTasks($gridId: ID!, $limit: Int!) {
    tasks(filter: { gridId: $gridId, status: [REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, RESOLVED, VERIFIED, RETURNED, ESCALATED] }, limit: $limit) {
      total
      items {
        id
        title
        status
        deadline
        allowedActions
        handlerOrg {
          name
        }
      }
    }
  }
`);

/** The caller's grids with their facts and staff. */
export const MyGrids = graphql(`
  query MyGrids {
    me {
      name
      org {
        name
      }
      grids {
        id
        number
        name
        households
        population
        boundary
        workers {
          name
        }
      }
    }
  }
`);
