import { Migration } from '@mikro-orm/migrations';

/**
 * Task statistics from the rollups count the unresolved tasks already due today from the task rows; with
 * millions of tasks, today's deadlines are thousands of rows fetched to find the few still open (80 ms
 * for a county of 1.2 M tasks). Indexing only the open ones makes that a handful of index entries.
 */
export class Migration20261202160000_open_deadline_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "task_open_deadline_index" on "task" ("deadline") where "resolved_at" is null and "resolved_late" = false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "task_open_deadline_index";`);
  }
}
