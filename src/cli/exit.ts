// The CLI's exit codes, and the error that ends a command with one (main writes its message in one line).
// Exit codes: 0 done, 1 a pack failed its check (or a reply broke one of its checks), 2 usage error, 3 unusable input,
// 4 the output could not be written.
export const EXIT = { ok: 0, packInvalid: 1, usage: 2, input: 3, output: 4 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}
