import type DataLoader from 'dataloader';
import { childrenOf, type Loaders } from '../../core/loaders';
import type { Context } from '../../core/context';
import { SubmissionHistory } from './form.entity';

declare module '../../core/loaders' {
  interface Loaders {
    submissionHistory: DataLoader<string, SubmissionHistory[]>;
  }
}

export function formLoaders(ctx: Context): Pick<Loaders, 'submissionHistory'> {
  return { submissionHistory: childrenOf(ctx, SubmissionHistory, 'submission', [{ at: 'asc' }, { id: 'asc' }]) };
}
