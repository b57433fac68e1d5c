// What a command reads and writes through: the process in cli-bin.ts, or a test's stand-in.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  /**
   * Resolves once what was written can go out (the event loop has turned, so a closed pipe has been reported): false
   * when the reader of standard output has gone (`| head`), so a stream of results stops there.
   */
  drained: () => Promise<boolean>;
}
