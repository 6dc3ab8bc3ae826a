import { defaultFieldResolver, getNamedType, isLeafType, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { AppError, unauthenticated } from './errors';
import { applyAccess } from './field-access';
import { checkInputLimits } from './input-limits';
import type { Registry } from './registry';

const PUBLIC = new Set(['login']);
/** What a user who must change the initial password may still do. */
const DURING_FORCED_CHANGE = new Set(['me', 'changePassword', 'logout']);
/**
 * Below those roots, what the change-password page reads: the account (`me`, `login { user }`) with
 * its scalars, org and roles, and their scalars. Nothing here leads on to other records.
 */
const NESTED_DURING_FORCED_CHANGE: Record<string, (field: string) => boolean> = {
  AuthPayload: () => true,
  User: (field) => field === 'org' || field === 'roles',
  Org: () => false,
  Role: () => false,
};

const passwordChangeRequired = () => new AppError('PASSWORD_CHANGE_REQUIRED', 'auth.passwordChangeRequired');

/** Every root field needs a signed-in user (but `login` and the modules' public fields). */
function assertSignedIn(registry: Registry, context: Context, field: string): void {
  if (!PUBLIC.has(field) && !registry.publicFields.has(field) && !context.actor) throw unauthenticated();
}

/**
 * One with an initial password may only change it: a root field outside DURING_FORCED_CHANGE, or a field
 * leading on to a record the change-password page does not read, is refused. Scalars need no check of
 * their own: only the types of NESTED_DURING_FORCED_CHANGE can be reached, and their scalars are allowed.
 */
function allowedDuringForcedChange(type: string, field: GraphQLField<unknown, Context>, isRoot: boolean): boolean {
  if (isRoot) return PUBLIC.has(field.name) || DURING_FORCED_CHANGE.has(field.name);
  return !!NESTED_DURING_FORCED_CHANGE[type]?.(field.name) && getNamedType(field.type).name in NESTED_DURING_FORCED_CHANGE;
}

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as Promise<unknown> | null)?.then === 'function';

/**
 * Puts the guards every request passes on the fields that need them, as plain synchronous wrappers
 * (not per-field middleware on every field of every row): sign-in on the root fields, the forced
 * password change on fields leading to records, input limits on fields with arguments, field rules
 * (masked or null) on the fields a subject declares maskable.
 */
export function guardSchema(schema: GraphQLSchema, registry: Registry): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const borrowed = registry.fieldRulesOf[type.name];
    const subject = borrowed?.subject ?? type.name;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, Context>[]) {
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const isRoot = roots.has(type);
      const isQuery = type !== schema.getMutationType();
      const hasArgs = field.args.length > 0;
      const ruled = borrowed ? borrowed.fields[field.name] : field.name;
      const masked = !!ruled && !!registry.maskable[subject] && ruled in registry.maskable[subject]!;
      const leadsOn = !isLeafType(getNamedType(field.type));
      if (!isRoot && !hasArgs && !masked && !leadsOn) continue;
      const allowedInForcedChange = allowedDuringForcedChange(type.name, field, isRoot);
      field.resolve = (source, args, context, info) => {
        if (isRoot) assertSignedIn(registry, context, field.name);
        if (context.actor?.mustChangePassword && (isRoot || leadsOn) && !allowedInForcedChange) throw passwordChangeRequired();
        if (hasArgs) checkInputLimits(args, field, isQuery);
        const value = resolve(source, args, context, info);
        if (!masked) return value;
        const mask = (v: unknown) => applyAccess(context.registry, subject, ruled, context.fieldAccess(subject, ruled), v);
        return isPromise(value) ? value.then(mask) : mask(value);
      };
    }
  }
  return schema;
}
