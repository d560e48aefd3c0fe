/**
 * Lets a CLI be piped into `head` and the like: when the reader closes the pipe, stop quietly
 * instead of crashing with EPIPE.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
