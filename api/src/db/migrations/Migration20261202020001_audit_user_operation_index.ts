import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020001_audit_user_operation_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "audit_log_user_id_operation_at_index" on "audit_log" ("user_id", "operation", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_log_user_id_operation_at_index";`);
  }
}
