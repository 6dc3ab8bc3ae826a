import {
  allowedActions,
  effectiveStatus,
  TaskAction as A,
  TaskStatus as S,
  transitionFor,
  TRANSITIONS,
  workStatuses,
  type Capability,
} from '../../../api/src/modules/task/task.workflow';

const only =
  (...caps: Capability[]) =>
  (c: Capability) =>
    caps.includes(c);

describe('task workflow table', () => {
  it('walks the main line REPORTED → CLOSED', () => {
    const line: [A, S, S][] = [
      [A.REGISTER, S.REPORTED, S.REGISTERED],
      [A.DISPATCH, S.REGISTERED, S.DISPATCHED],
      [A.ACCEPT, S.DISPATCHED, S.IN_PROGRESS],
      [A.RESOLVE, S.IN_PROGRESS, S.RESOLVED],
      [A.VERIFY, S.RESOLVED, S.VERIFIED],
      [A.CLOSE, S.VERIFIED, S.CLOSED],
    ];
    for (const [action, from, to] of line) expect(transitionFor({ status: from }, action)?.to).toBe(to);
  });

  it('returns one step back and continues from there', () => {
    const back = transitionFor({ status: S.DISPATCHED }, A.RETURN)!;
    expect(back).toMatchObject({ to: S.RETURNED, returnedTo: S.REGISTERED, needs: 'reason' });
    const returned = { status: S.RETURNED, returnedTo: S.REGISTERED };
    expect(effectiveStatus(returned)).toBe(S.REGISTERED);
    expect(transitionFor(returned, A.DISPATCH)?.to).toBe(S.DISPATCHED);
    expect(transitionFor(returned, A.ACCEPT)).toBeNull();
    expect(transitionFor({ status: S.RESOLVED }, A.RETURN)?.returnedTo).toBe(S.IN_PROGRESS);
  });

  it('refuses illegal moves', () => {
    expect(transitionFor({ status: S.REPORTED }, A.CLOSE)).toBeNull();
    expect(transitionFor({ status: S.CLOSED }, A.RETURN)).toBeNull();
    expect(transitionFor({ status: S.CLOSED }, A.URGE)).toBeNull();
    expect(transitionFor({ status: S.IN_PROGRESS }, A.VERIFY)).toBeNull();
    expect(transitionFor({ status: S.REPORTED }, A.RETURN)).toBeNull();
  });

  it('lists exactly the actions of the capabilities held', () => {
    expect(allowedActions({ status: S.REPORTED }, only('dispatch'))).toEqual([A.REGISTER]);
    expect(allowedActions({ status: S.DISPATCHED }, only('handle'))).toEqual([A.ACCEPT, A.RETURN, A.ESCALATE]);
    expect(allowedActions({ status: S.DISPATCHED }, only('dispatch'))).toEqual([A.ESCALATE, A.URGE]);
    expect(allowedActions({ status: S.RESOLVED }, only('verify'))).toEqual([A.VERIFY, A.RETURN]);
    expect(allowedActions({ status: S.CLOSED }, only('dispatch', 'handle', 'verify'))).toEqual([]);
    expect(allowedActions({ status: S.IN_PROGRESS }, only())).toEqual([]);
  });

  it('derives each capability’s work queue from the table', () => {
    expect(workStatuses('handle')).toEqual(
      expect.arrayContaining([{ status: S.DISPATCHED }, { status: S.ESCALATED }, { status: S.IN_PROGRESS }, { status: S.RETURNED, returnedTo: S.IN_PROGRESS }]),
    );
    expect(workStatuses('verify')).toEqual([{ status: S.RESOLVED }]);
  });

  it('names a capability for every row', () => {
    for (const t of TRANSITIONS) expect(t.by.length).toBeGreaterThan(0);
  });
});
