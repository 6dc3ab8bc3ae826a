import {
  ReportEventDocument,
  TaskDocument,
  TasksDocument,
  type TaskFieldsFragment,
  type TaskFilter,
  type TaskQuery,
  type TaskSortField,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { text, type ResourceApi } from '../../providers/resourceApi';

export type TaskRecord = TaskFieldsFragment & Partial<Pick<NonNullable<TaskQuery['task']>, 'history' | 'reminders'>>;

export const tasksApi: ResourceApi<TaskRecord, TaskFilter, TaskSortField> = {
  sortFields: { deadline: 'DEADLINE', reportedAt: 'REPORTED_AT', status: 'STATUS', priority: 'PRIORITY', title: 'TITLE' },
  filtersByIds: false,
  list: async (args) => {
    const { tasks } = await request(TasksDocument, args);
    return tasks;
  },
  one: async (id) => (await request(TaskDocument, { id })).task,
  create: async (data) => {
    const { reportEvent } = await request(ReportEventDocument, {
      input: {
        gridId: text(data.gridId) ?? '',
        title: text(data.title) ?? '',
        description: text(data.description),
        categoryCode: text(data.categoryCode),
        componentCode: text(data.componentCode),
        location: text(data.location),
      },
    });
    return reportEvent;
  },
};
