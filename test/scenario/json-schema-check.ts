/**
 * A small JSON Schema (draft 2020-12) checker for the keywords the scenario schema uses: type,
 * properties, required, additionalProperties, items, anyOf, oneOf, $ref (local), enum, const,
 * minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, minItems, pattern,
 * propertyNames. A keyword it does not know fails the check, so the checker cannot silently
 * accept what it does not understand. Returns the problems found as `path: problem`.
 */
type Schema = Record<string, any> | boolean;

const KNOWN = new Set([
  '$schema', 'title', 'description', 'default', '$defs', 'type', 'properties', 'required', 'additionalProperties', 'items',
  'anyOf', 'oneOf', '$ref', 'enum', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength',
  'minItems', 'pattern', 'propertyNames',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  return type === actual || (type === 'number' && actual === 'integer');
}

export function checkJsonSchema(root: Schema, value: unknown): string[] {
  const out: string[] = [];
  const check = (schema: Schema, v: unknown, path: string): void => {
    if (schema === true) return;
    if (schema === false) {
      out.push(`${path}: not allowed`);
      return;
    }
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) out.push(`${path}: checker does not know keyword '${key}'`);
    if (schema.$ref !== undefined) {
      const name = String(schema.$ref).replace(/^#\/\$defs\//, '');
      check((root as Record<string, any>).$defs[name], v, path);
    }
    if (schema.type !== undefined) {
      const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => matchesType(t, v))) {
        out.push(`${path}: expected ${types.join(' or ')}, got ${typeOf(v)}`);
        return;
      }
    }
    if (schema.const !== undefined && schema.const !== v) out.push(`${path}: expected ${JSON.stringify(schema.const)}`);
    if (schema.enum !== undefined && !schema.enum.includes(v)) out.push(`${path}: not one of ${schema.enum.join(', ')}`);
    if (typeof v === 'number') {
      if (schema.minimum !== undefined && v < schema.minimum) out.push(`${path}: below minimum`);
      if (schema.maximum !== undefined && v > schema.maximum) out.push(`${path}: above maximum`);
      if (schema.exclusiveMinimum !== undefined && v <= schema.exclusiveMinimum) out.push(`${path}: not above exclusiveMinimum`);
      if (schema.exclusiveMaximum !== undefined && v >= schema.exclusiveMaximum) out.push(`${path}: not below exclusiveMaximum`);
    }
    if (typeof v === 'string') {
      if (schema.minLength !== undefined && v.length < schema.minLength) out.push(`${path}: too short`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(v)) out.push(`${path}: does not match ${schema.pattern}`);
    }
    if (Array.isArray(v)) {
      if (schema.minItems !== undefined && v.length < schema.minItems) out.push(`${path}: fewer than ${schema.minItems} items`);
      if (schema.items !== undefined) v.forEach((item, i) => check(schema.items, item, `${path}[${i}]`));
    }
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in object)) out.push(`${path}.${key}: required`);
      for (const [key, item] of Object.entries(object)) {
        if (schema.propertyNames !== undefined) check(schema.propertyNames, key, `${path}.${key} (name)`);
        if (schema.properties?.[key] !== undefined) check(schema.properties[key], item, `${path}.${key}`);
        else if (schema.additionalProperties !== undefined) check(schema.additionalProperties, item, `${path}.${key}`);
      }
    }
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      if (schema[keyword] === undefined) continue;
      const passing = (schema[keyword] as Schema[]).filter((branch) => {
        const before = out.length;
        check(branch, v, path);
        const ok = out.length === before;
        out.length = before;
        return ok;
      }).length;
      if (keyword === 'anyOf' ? passing === 0 : passing !== 1) out.push(`${path}: ${passing} branches of ${keyword} match`);
    }
  };
  check(root, value, '$');
  return out;
}
