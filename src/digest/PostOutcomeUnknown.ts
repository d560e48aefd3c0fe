/**
 * Thrown by a digest `post` when it cannot tell whether the message reached Slack (a timeout, a
 * connection cut after the request was sent). The scheduler then records the slot as `unknown` and
 * does not post it again, rather than risk posting it twice.
 */
export class PostOutcomeUnknown extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PostOutcomeUnknown';
  }
}
