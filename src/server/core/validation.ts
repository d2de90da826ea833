import { z } from 'zod';
import { AppError } from './errors';

/**
 * Parses `input` with `schema`, or throws one VALIDATION AppError naming the first bad field in
 * Chinese. Give fields a label with `.describe('联系电话')` so the message can name them.
 *
 * @example
 * parseInput(z.object({ phone: z.string().describe('联系电话') }), {}) // throws 「联系电话」不能为空
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.') || undefined;
  const label = labelAt(schema, issue.path) ?? field ?? '提交的内容';
  throw new AppError('VALIDATION', `「${label}」${describeIssue(issue)}`, field);
}

function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null' ? '不能为空' : '格式不对';
    case 'too_small':
      return issue.type === 'string' && issue.minimum === 1 ? '不能为空' : `太短或太少（至少 ${issue.minimum}）`;
    case 'too_big':
      return `太长或太多（最多 ${issue.maximum}）`;
    case 'invalid_enum_value':
    case 'invalid_literal':
    case 'invalid_union':
    case 'invalid_union_discriminator':
      return '不是可选的值';
    case 'unrecognized_keys':
      return `含有不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_string':
    case 'invalid_date':
      return '格式不对';
    case 'custom':
      return issue.message;
    default:
      return '填写有误';
  }
}

function labelAt(schema: z.ZodTypeAny, path: (string | number)[]): string | undefined {
  let node: z.ZodTypeAny | undefined = schema;
  let label: string | undefined;
  for (const key of path) {
    node = unwrap(node);
    if (node instanceof z.ZodObject) node = node.shape[key as string];
    else if (node instanceof z.ZodArray) node = node.element;
    else return label;
    if (node?.description) label = node.description;
  }
  return label;
}

function unwrap(node: z.ZodTypeAny | undefined): z.ZodTypeAny | undefined {
  let n = node;
  while (n instanceof z.ZodOptional || n instanceof z.ZodNullable || n instanceof z.ZodDefault || n instanceof z.ZodEffects) {
    n = n instanceof z.ZodEffects ? n.innerType() : n._def.innerType;
  }
  return n;
}
