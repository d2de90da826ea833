import { useEffect, useState } from 'react';
import { fieldErrors, scrollToFirst, serverFieldError, type FieldErrors, type FieldProblem } from './field-errors';

/**
 * A form's field errors: every problem found on the phone at once (the first scrolled into view),
 * else the server's error for a field, told with this form's visible label and scrolled to.
 *
 * @example
 * const errors = useFieldErrors(LABELS, serverError);
 * const send = () => { if (errors.check(problemsOf(form))) void submit(form); };
 * <Field … error={errorAt(errors.shown, 'content')} />
 */
export function useFieldErrors(labels: Record<string, string>, serverError?: { message: string; field?: string }) {
  const [local, setLocal] = useState<FieldErrors>();
  const fromServer = serverFieldError(serverError, labels);
  useEffect(() => { if (fromServer) scrollToFirst(fromServer); }, [serverError]); // eslint-disable-line react-hooks/exhaustive-deps
  /** Shows every problem (true when there is none, so the form may be sent). */
  const check = (problems: FieldProblem[]): boolean => {
    const errors = fieldErrors(problems);
    setLocal(errors);
    scrollToFirst(errors);
    return !errors;
  };
  return { shown: local ?? fromServer, check, clear: () => setLocal(undefined) };
}
