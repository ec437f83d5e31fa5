// What a REST handler answers: a status and a JSON body, and Bifrost's error envelope (spec §0).
export interface RestReply {
  status: number;
  /** undefined = no body (204). */
  body?: unknown;
}

export function ok(body: unknown, status = 200): RestReply {
  return { status, body };
}

/** Bifrost's error envelope: clients key on the status and `error.message`; `param` names the field. */
export function errorReply(status: number, message: string, param?: string): RestReply {
  return {
    status,
    body: { error: { message, ...(param && { param }) }, is_bifrost_error: false, status_code: status },
  };
}

export function messageReply(message: string): RestReply {
  return ok({ message });
}
