/**
 * Arguments checked where they are declared: an argument declared with `checkedBy(check)` reaches
 * every resolver already checked (and normalised) by `check`, which throws the client's error
 * (naming the argument it is given). A small Pothos plugin wraps each resolver whose field has such
 * an argument; null and omitted arguments are left as they are.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

const CHECK = 'jixiaoCheck';

type Check = (value: never, argument: string) => unknown;

/** The extensions of an argument that `check` validates; `check` is given the argument's name too. */
export function checkedBy<T>(check: (value: T, argument: string) => T): { [CHECK]: (value: T, argument: string) => T } {
  return { [CHECK]: check };
}

class CheckedArgsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const checks = Object.entries(fieldConfig.args).flatMap(([name, arg]) => {
      const check = arg.extensions?.[CHECK] as Check | undefined;
      return check ? [[name, check] as const] : [];
    });
    if (checks.length === 0) return resolver;
    return (parent, args, context, info) => {
      const checked: Record<string, unknown> = { ...args };
      for (const [name, check] of checks) if (checked[name] != null) checked[name] = check(checked[name] as never, name);
      return resolver(parent, checked, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      checkedArgs: CheckedArgsPlugin<Types>;
    }
  }
}

const pluginName = 'checkedArgs';
SchemaBuilder.registerPlugin(pluginName, CheckedArgsPlugin);
export default pluginName;
