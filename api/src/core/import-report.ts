import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What every xlsx import answers and every export returns. */
export enum ImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ROWS = 'VALID_ROWS',
}
registerEnumType(ImportMode, { name: 'ImportMode', description: 'ALL_OR_NOTHING writes nothing when any row is bad; VALID_ROWS writes the good rows' });

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1)' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Column header; null for a problem of the whole row' })
  column!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];

  @Field(() => Boolean, { description: 'True when nothing was written: a dry run, or ALL_OR_NOTHING with errors' })
  nothingWritten!: boolean;
}

@ObjectType()
export class FileDownload {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentBase64!: string;
}
