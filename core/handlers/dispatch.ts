import type { z } from 'zod';
import { methods, requestSchemas, type Method } from '../../common/api';
import { fieldIssues } from '../../common/errorDetails';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure, fail, ok, type Result } from '../../common/result';
import type { Handlers } from './handlerTypes';

const { t } = createI18n();

/**
 * Validates a request from an untrusted caller against its method's schema and
 * runs its handler; never throws. A typed ApiFailure crosses as it is; anything
 * else is logged and reported as `internal`, without its words, which are for
 * the log and not for the person.
 */
export function createDispatch(handlers: Handlers): (method: string, payload: unknown) => Promise<Result<unknown>> {
  return async (method, payload) => {
    if (!(methods as readonly string[]).includes(method))
      return fail('unknown-method', t('errors.noMethod', { method }));
    const schema = requestSchemas[method as Method] as z.ZodType;
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      return fail('invalid-request', t('errors.invalidRequestTo', { method }), {
        reason: 'invalid-fields',
        issues: fieldIssues(parsed.error.issues),
      });
    }
    try {
      const handler = handlers[method as Method] as (request: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.code, error.message, error.details);
      console.error(`groundwork: ${method} failed`, error);
      return fail('internal', t('errors.internalError'));
    }
  };
}
