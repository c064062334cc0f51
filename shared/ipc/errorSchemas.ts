import { z } from 'zod';
import { ERROR_KEYS, type ErrorText, type ParamValue } from '../errors';

/** A message of the core as it crosses IPC: a key of the table and its parameters, checked like any other value. */
const ErrorKeySchema = z.enum(ERROR_KEYS);
const ParamValueSchema: z.ZodType<ParamValue> = z.lazy(() =>
  z.union([z.string().max(2000), z.number(), ErrorTextSchema, z.array(z.string().max(2000)).max(100), z.array(ErrorTextSchema).max(100)]),
);
const ParamsSchema = z.record(z.string().max(40), ParamValueSchema);
export const ErrorTextSchema: z.ZodType<ErrorText> = z.lazy(() => z.strictObject({ key: ErrorKeySchema, params: ParamsSchema, path: z.string().max(500).optional() }));
