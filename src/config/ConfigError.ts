/**
 * A bad or missing environment variable. The message names every offending variable and says what
 * is expected, but never repeats a value: some of them are secrets.
 */
export class ConfigError extends Error {
  /** Names of the variables at fault, e.g. `['SLACK_SIGNING_SECRET']`. */
  readonly variables: readonly string[];

  constructor(problems: ReadonlyArray<{ variable: string; message: string }>) {
    const lines = problems.map((p) => `  - ${p.variable}: ${p.message}`);
    super(`환경 변수 설정이 올바르지 않습니다 (invalid environment):\n${lines.join('\n')}`);
    this.name = 'ConfigError';
    this.variables = [...new Set(problems.map((p) => p.variable))];
  }
}
