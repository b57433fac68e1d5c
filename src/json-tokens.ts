// Token kinds of jsonc-parser's scanner, by number: its SyntaxKind is a const enum, which isolated modules cannot
// import. Read by the pack checker and the CLI, which scan JSON token by token where a parse tree would recurse.
export const OPEN_BRACE = 1;
export const CLOSE_BRACE = 2;
export const OPEN_BRACKET = 3;
export const CLOSE_BRACKET = 4;
export const COMMA = 5;
export const COLON = 6;
export const STRING = 10;
export const NUMBER = 11;
export const EOF = 17;
/** Tokens that start a value: {, [, null, true, false, a string, a number. */
export const VALUE_TOKENS: ReadonlySet<number> = new Set([OPEN_BRACE, OPEN_BRACKET, 7, 8, 9, STRING, NUMBER]);
